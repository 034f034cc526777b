import type { FlowDiagnostic } from "../contracts.js";
import type { FlowPackage } from "./types.js";
/** One warning per script file that is empty, holds only whitespace, or (JS/TS) only comments. */
export declare function emptyScriptWarnings(flows: readonly FlowPackage[]): FlowDiagnostic[];
