import { type DispatchObserver, type DispatchOutcome } from "../engine/dispatch.js";
import type { DiscoveryResult } from "../flows/types.js";
import type { StateStore } from "../state/types.js";
export type CliContext = {
    repoRoot: string;
    roots?: string[];
    json: boolean;
    color: boolean;
    out: (text: string) => void;
    err: (text: string) => void;
    /**
     * Standard error for whole lines written in a batch (src/cli/line-batch.ts): each line is
     * redacted alone, as it would be written alone, so no mask goes on into the next line.
     */
    errLines: (text: string) => void;
    env: NodeJS.ProcessEnv;
    /** With --debug (or FLOWS_DEBUG=1): told why each step matched or not, what was reused and stored. */
    debug?: (message: string) => void;
    /** Aborted on SIGINT or SIGTERM (src/cli/signals.ts): running steps are stopped and recorded as canceled. */
    signal?: AbortSignal;
    /**
     * The options that chose the repository, flows and store, as given and quoted for the shell
     * (` --repo x --state-dir y`, or ""): repeated in the commands a message suggests, which
     * would otherwise look in the default store and find nothing.
     */
    contextArgs?: string;
    /** As contextArgs, the options that chose the flow packages only, for a command that reads no store (`flows validate`). */
    flowArgs?: string;
    /**
     * The command as the user reaches it, for the commands `flows new` and messages print to
     * paste: `npx flows` when npm started this one (`npx flows`, `npm exec`, `npm run flows --`),
     * whose `flows` is in node_modules/.bin and not on PATH; else `flows`.
     */
    invocation?: string;
    /** The state store chosen with --state (file by default); opened on first use. */
    openStore: () => Promise<{
        store: StateStore;
        label: string;
    }>;
};
/** `flows list`: every flow package and its steps, with triggers. */
export declare function listCommand(ctx: CliContext): Promise<number>;
/** `flows validate`: all manifests and schemas; exit 1 listing every error. */
export declare function validateCommand(ctx: CliContext): Promise<number>;
export type FireOptions = {
    eventPath: string;
    dryRun: boolean;
    concurrency?: number;
    only?: {
        flow: string;
        step: string;
    };
    /** `flows run --ignore-trigger`: the named step runs though its trigger does not match the event. */
    ignoreTrigger?: boolean;
    /** --bun: the bun executable for steps (default: FLOWS_BUN, Bun next to flows-action, PATH). */
    bunPath?: string;
    workspaceBackendUrl?: string;
    /** --state-dir, resolved: where the older runtime's state.json is looked for besides the default. */
    stateDir?: string;
};
/** `flows fire` and `flows run`: dispatch an event file through the engine. */
export declare function fireCommand(ctx: CliContext, options: FireOptions): Promise<number>;
/**
 * Stopped by Ctrl-C (or SIGTERM, SIGHUP): which steps it canceled, and what runs them again. The
 * outcome shows them canceled, but not that they were this stop's doing nor what to do next.
 */
export declare function warnStopped(ctx: CliContext, outcome: DispatchOutcome, again: string): void;
/** A `flows` command as messages suggest it: as the user reaches flows, with the options that chose the repository and store. */
export declare function suggestedCommandLine(ctx: CliContext): (args: string) => string;
/**
 * Live step output on standard error, `[flow/step] line`, safe for the terminal (colours kept
 * when on). Lines that may be base64 or hex wrapped over lines wait until that text ends, so a
 * secret's encoding across them is masked (src/wrapped-lines.ts), as in the action's log. With
 * --json too: standard output holds the document alone, and the log goes where `flows github
 * --json` puts the action's (README, "--json").
 */
export declare function stepLines(ctx: CliContext): DispatchObserver | undefined;
/** The dispatch result as the contract shapes it, with mismatches made plain. */
export declare function briefOutcome(outcome: DispatchOutcome): Record<string, unknown>;
/** 1 when any run (here or in chained events) failed or a flow package could not be loaded, else 0. */
export declare function exitCodeFor(outcome: DispatchOutcome): number;
/** No package anywhere: "nothing matched" alone would hide a wrong folder (fire, explain). */
export declare function warnNoPackages(ctx: CliContext, discovery: DiscoveryResult): void;
/** What to say when no package was found: where flows looked, and what a package is. */
export declare function noPackagesFound(ctx: CliContext): string;
