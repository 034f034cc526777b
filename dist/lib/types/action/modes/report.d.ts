import type { DispatchOutcome } from "../../engine/dispatch.js";
import type { ActionContext } from "../context.js";
import { type ReportTargets } from "../reporter.js";
/** report: gather the run-step jobs' runs files and publish them as one dispatch. */
export declare function reportMode(context: ActionContext): Promise<DispatchOutcome>;
/** Check runs and the comment for an outcome made elsewhere (report and http modes). */
export declare function reportToGitHub(context: ActionContext, outcome: DispatchOutcome, targets?: ReportTargets): Promise<void>;
