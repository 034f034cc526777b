/** Why a path could not be read (a clause that follows the path) and what to change (a sentence). */
export type FileProblem = {
    problem: string;
    hint: string;
};
/** What the errno `code` means for `path`, which should be a `kind`. */
export declare function fileProblem(path: string, code: string | undefined, kind: "file" | "folder"): FileProblem;
