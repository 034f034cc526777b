export type ScriptPlace = {
    /** The script's absolute path. */
    scriptPath: string;
    /** The script as flow.toml names it (exec/s.ts): files of the package are shown this way. */
    scriptLabel: string;
};
/**
 * `exec/s.ts:2:11: Unexpected ;` from the stderr lines of a step Bun ended with an uncaught
 * error, or undefined when they hold no such report (a step that exited by itself).
 */
export declare function bunCrashReason(stderr: readonly string[], place: ScriptPlace): string | undefined;
