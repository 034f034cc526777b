export declare function hint(symbol: string | undefined): string;
/**
 * Workflow contexts, copied from a workflow's if: a trigger is checked outside any job; a field
 * read without its context (`payload.ref`); a context's name misspelt (`events`).
 */
export declare function contextHint(name: string): string;
/** Workflow functions about a job, which a trigger (checked before any job) cannot answer. */
export declare function workflowFunctionHint(name: string): string;
/** Words other languages use where expressions have operators or lower-case literals. */
export declare function wordHint(word: string): string;
