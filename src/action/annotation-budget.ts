// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the
// rest without a word. https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
// The budget is the step's, so it is kept where every annotation is written (runnerIO): a
// report's warnings, the flow packages' problems and the job's failure share it.

export const ANNOTATIONS_PER_KIND = 10;

export type AnnotationKind = "error" | "warning" | "notice";

/** What to do with one more annotation: show it, show the note about the rest (then log it), or log it. */
export type AnnotationSlot = "show" | "note" | "log";

export class AnnotationBudget {
  readonly #shown: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
  readonly #logged: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };

  /**
   * Annotations of `kind` a caller may still write and see shown. The last error slot is kept
   * for the job's failure (setFailed, which ends every failing step); the last of the other
   * kinds for the note that says where the rest went.
   */
  left(kind: AnnotationKind): number {
    return Math.max(0, ANNOTATIONS_PER_KIND - 1 - this.#shown[kind]);
  }

  take(kind: AnnotationKind): AnnotationSlot {
    if (this.left(kind) > 0) {
      this.#shown[kind] += 1;
      return "show";
    }
    this.#logged[kind] += 1;
    if (kind !== "error" && this.#shown[kind] < ANNOTATIONS_PER_KIND) {
      this.#shown[kind] += 1;
      return "note";
    }
    return "log";
  }

  /** Errors written to the log instead of as annotations, for the failure's message to count. */
  get loggedErrors(): number {
    return this.#logged.error;
  }
}

/** The note shown as the last annotation of a kind: the rest are in the log, on lines starting `prefix`. */
export function overflowNote(kind: AnnotationKind): string {
  return (
    `More ${kind}s of this step are not shown as annotations (GitHub shows ${ANNOTATIONS_PER_KIND} ${kind} annotations per step): ` +
    `they are in the job log, on lines starting "${logPrefix(kind)}".`
  );
}

/** The start of a log line that stands for an annotation not shown. */
export function logPrefix(kind: AnnotationKind): string {
  return `flows-action ${kind}:`;
}

/** `flows/a/flow.toml:3:1: ` for a log line standing for an annotation. */
export function placePrefix(properties: { file?: string; startLine?: number; startColumn?: number } | undefined): string {
  if (properties?.file === undefined) return "";
  const line = properties.startLine === undefined ? "" : `:${properties.startLine}${properties.startColumn === undefined ? "" : `:${properties.startColumn}`}`;
  return `${properties.file}${line}: `;
}

/** The failure's message, with how many errors went to the log instead of annotations. */
export function failureWithLogged(message: string, logged: number): string {
  if (logged === 0) return message;
  return (
    `${message} (${logged} more error${logged === 1 ? " is" : "s are"} in the job log, on lines starting "${logPrefix("error")}": ` +
    `GitHub shows ${ANNOTATIONS_PER_KIND} error annotations per step.)`
  );
}
