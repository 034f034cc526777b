import { UserError } from "../user-error.js";
/**
 * The setting that chose the state folder, so that an error names what the user changes: the
 * action's input or the CLI's option (the store itself knows only a path).
 */
export type StateFolderSetting = {
    /** Where the folder came from, shown beside it: `input "state-dir"`, `--state-dir`. */
    origin: string;
    /** How to choose another folder, as a clause: `set input "state-dir" to another folder`. */
    change: string;
};
/** The state folder cannot be read or written as it is; `problem` says why, `hint` what to change. */
export declare class StateFolderError extends UserError {
    name: string;
    /** The store's folder. */
    readonly dir: string;
    /** The folder as messages name it, with the setting it came from: `the state folder /x (input "state-dir")`. */
    readonly where: string;
    /** The errno (ENOTDIR, EACCES, ...). */
    readonly code: string;
    readonly problem: string;
    /** `aboutTheFolder`: `problem` is said of the folder itself (`is a symbolic link that loops`), as the sentence's verb. */
    constructor(options: {
        folder: StateFolder;
        code: string;
        problem: string;
        hint: string;
        doing: "read" | "save";
        cause: unknown;
        aboutTheFolder?: boolean;
    });
}
/** A file store's folder and the setting that chose it. */
export type StateFolder = {
    dir: string;
    setting?: StateFolderSetting | undefined;
};
/**
 * A StateFolderError for a file-system error the user can fix (`file`: the path the store was
 * working on, when the error names none); any other error unchanged.
 */
export declare function stateFolderError(error: unknown, folder: StateFolder, doing: "read" | "save", file?: string): unknown;
/**
 * A record larger than the store reads back (MAX_RECORD_BYTES in file-store.ts) is not written:
 * it would be set aside as corrupt at the next read. Said as the state folder refusing it (EFBIG),
 * so a dispatch whose steps ran reports the event as not saved.
 */
export declare function recordTooLargeError(folder: StateFolder, file: string, bytes: number, maxBytes: number): StateFolderError;
/**
 * A record holding more objects and arrays than the store reads back (layout.ts,
 * recordContainerCap) is not written, as one over its size is not (recordTooLargeError).
 */
export declare function recordTooManyContainersError(folder: StateFolder, file: string, eventId: string, maxContainers: number): StateFolderError;
/**
 * `events`, or a shard folder under it, is a symbolic link. Records are kept only in folders
 * inside the state folder: followed, a link planted there (a checkout's `.codex/flow-client`
 * holds whatever the repository committed) would have records, locks and set-aside files
 * written, renamed and read wherever it points. The state folder itself may be a link.
 */
export declare function linkedFolderError(folder: StateFolder, path: string, doing: "read" | "save"): StateFolderError;
/**
 * The state folder itself, or a folder on its path, is a symbolic link that loops (a -> b -> a),
 * or the folder is a link to nothing: said with the link on the path given and its loop. Else
 * undefined. The file system says only ELOOP, met at the first file opened under the folder
 * (`<dir>/events`, which is not where the loop is), and mkdir -p meets a link to nothing as a
 * file in its way (EEXIST): so the store asks here before it uses the folder, and on those errors
 * (`cause`: the error the file system gave then).
 */
export declare function unusableFolderLink(folder: StateFolder, doing: "read" | "save", cause?: unknown): StateFolderError | undefined;
