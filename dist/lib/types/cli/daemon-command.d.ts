import type { CliContext } from "./commands.js";
export declare const DAEMON_ACTIONS: readonly ["start", "stop", "status", "serve"];
type Where = {
    dir: string;
    socket: string;
    log: string;
    packageDir: string;
};
export declare function daemonCommand(ctx: CliContext, action: string | undefined): Promise<number>;
/**
 * Where the daemon of this flows-action install and this user listens, and logs: the launcher
 * finds the socket the same way (daemonSocket in src/cli/launcher.js).
 */
export declare function daemonWhere(env: NodeJS.ProcessEnv): Where;
export {};
