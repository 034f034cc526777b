import type { DispatchOutcome } from "../engine/dispatch.js";
import { type GitHubReportContext } from "./reporter.js";
/** What this job does about GitHub: report live, upload a handover, publish one, or nothing. */
export declare function handoverAction(context: GitHubReportContext): "upload" | "publish" | "none";
/** Fork pull request: hand the results to a trusted `workflow_run` job as an artifact. */
export declare function uploadHandover(context: GitHubReportContext, outcome: DispatchOutcome): Promise<void>;
/** `workflow_run` job: publish the handover of the run that triggered it. */
export declare function publishHandedOver(context: GitHubReportContext): Promise<void>;
