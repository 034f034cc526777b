import type { FlowEvent } from "../contracts.js";
import type { StepExplanation } from "../flows/explain.js";
export type ExplainRenderOptions = {
    /** Show manifest paths relative to this folder. */
    baseDir?: string;
};
/** The markdown table: one row per step, a verdict per stage, then what each condition read. */
export declare function renderExplain(event: FlowEvent, steps: readonly StepExplanation[], options?: ExplainRenderOptions): string;
/** The same for a terminal: one block per step, stage by stage; each line escaped for the terminal. */
export declare function renderExplainText(event: FlowEvent, steps: readonly StepExplanation[], options?: ExplainRenderOptions): string;
