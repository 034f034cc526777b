import type { DispatchOutcome } from "../engine/dispatch.js";
import { type GitHubReportContext } from "./reporter.js";
/** Fork pull request: hand the results to a trusted `workflow_run` job as an artifact. */
export declare function uploadHandover(context: GitHubReportContext, outcome: DispatchOutcome): Promise<void>;
/** `workflow_run` job: publish the handover of the run that triggered it. */
export declare function publishHandedOver(context: GitHubReportContext): Promise<void>;
