/** `flows` entry: argv → the same functions the action uses → terminal. Returns the exit code. */
export type MainOptions = {
    env?: NodeJS.ProcessEnv;
    out?: (text: string) => void;
    err?: (text: string) => void;
    /** Standard output was closed when the process started (the launcher tells): what is written to it fails. */
    stdoutClosed?: boolean;
};
export declare function main(argv: string[], options?: MainOptions): Promise<number>;
