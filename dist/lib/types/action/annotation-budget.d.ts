export declare const ANNOTATIONS_PER_KIND = 10;
export type AnnotationKind = "error" | "warning" | "notice";
/** What to do with one more annotation: show it, show the note about the rest (then log it), or log it. */
export type AnnotationSlot = "show" | "note" | "log";
export declare class AnnotationBudget {
    #private;
    /**
     * Annotations of `kind` a caller may still write and see shown. The last error slot is kept
     * for the job's failure (setFailed, which ends every failing step); the last of the other
     * kinds for the note that says where the rest went.
     */
    left(kind: AnnotationKind): number;
    take(kind: AnnotationKind): AnnotationSlot;
    /** Errors written to the log instead of as annotations, for the failure's message to count. */
    get loggedErrors(): number;
}
/** The note shown as the last annotation of a kind: the rest are in the log, on lines starting `prefix`. */
export declare function overflowNote(kind: AnnotationKind): string;
/** The start of a log line that stands for an annotation not shown. */
export declare function logPrefix(kind: AnnotationKind): string;
/** `flows/a/flow.toml:3:1: ` for a log line standing for an annotation. */
export declare function placePrefix(properties: {
    file?: string;
    startLine?: number;
    startColumn?: number;
} | undefined): string;
/** The failure's message, with how many errors went to the log instead of annotations. */
export declare function failureWithLogged(message: string, logged: number): string;
