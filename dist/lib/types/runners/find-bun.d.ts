import { UserError } from "../user-error.js";
/** The variable that names the `bun` executable for steps (and for the `flows` command itself). */
export declare const BUN_VARIABLE = "FLOWS_BUN";
/** Bun was not found: a user error (install Bun or say where it is), not a failed step. */
export declare class BunNotFoundError extends UserError {
    name: string;
    /**
     * The same error as the `flows` command says it, when it differs: the library's message names
     * the bunPath option, and the command passes --bun on to dispatch as bunPath (src/cli/main.ts).
     */
    readonly cliMessage?: string;
    constructor(message: string, cliMessage?: string);
}
export type FindBunOptions = {
    /** An explicit path (`--bun PATH`, the library's `bunPath`): used as is, or an error. */
    explicit?: string;
    /**
     * Who gave `explicit`, for messages: "library" (bunPath, the default) or "cli" (--bun). A
     * library error carries the command's wording too (BunNotFoundError.cliMessage).
     */
    caller?: "library" | "cli";
    /** Where FLOWS_BUN and PATH are read (default process.env). */
    env?: NodeJS.ProcessEnv;
    /** The flows-action package folder (default: found above this module). */
    packageDir?: string;
    platform?: NodeJS.Platform;
};
export type FoundBun = {
    path: string;
    from: "explicit" | "FLOWS_BUN" | "package" | "PATH";
};
/**
 * The `bun` that runs steps, in this order: an explicit path (`--bun`, `bunPath`), then
 * FLOWS_BUN, then Bun installed next to flows-action (its `bun` npm dependency:
 * node_modules/.bin/bun or node_modules/bun/bin relative to the package, or beside it when
 * flows-action is itself a dependency), then PATH. The `bun` npm package's placeholder, there
 * when its install script did not run, is passed over, and named with what to do when no Bun
 * follows. Synchronous and cheap (a few stat calls), so the `flows` command can use it before
 * choosing the runtime it runs on.
 */
export declare function findBun(options?: FindBunOptions): FoundBun;
/** Where the `bun` npm package puts its executable, for flows-action's own install and as a sibling dependency. */
export declare function bunBesidePackage(packageDir: string, platform?: NodeJS.Platform): string[];
/** The folder of the flows-action package this module belongs to (source or bundle). */
export declare function flowsActionPackageDir(): string | undefined;
/** The first `name` on PATH that is an executable file and no placeholder (those are added to `passedOver`): also the action's lookup (src/action/bun.ts). */
export declare function findOnPath(name: string, env: NodeJS.ProcessEnv, passedOver: string[]): string | undefined;
/**
 * Whether `path` is the stand-in the `bun` npm package ships as `bin/bun.exe` until its
 * postinstall script puts Bun there: a script of a few lines that says "Bun's postinstall
 * script was not run" and exits 1. The script does not run where install scripts are held back
 * (npm 11 until the package is approved, `--ignore-scripts`, pnpm), and every step would then fail
 * with that message, which names no fix that fits flows-action. The same test is in
 * src/cli/launcher.js, which imports nothing.
 */
export declare function isBunPlaceholder(path: string): boolean;
