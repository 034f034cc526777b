import type { GitHubRunContext } from "./context.js";
import { type JsonObject } from "./fields.js";
import type { CompactPart } from "./payloads-code.js";
export declare function workflowDispatchPart(payload: JsonObject): CompactPart;
export declare function repositoryDispatchPart(payload: JsonObject): CompactPart;
/** schedule: the cron that fired; GITHUB_WORKFLOW says which workflow it belongs to. */
export declare function schedulePart(payload: JsonObject, context: GitHubRunContext): CompactPart;
export declare function workflowRunPart(payload: JsonObject): CompactPart;
export declare function workflowJobPart(payload: JsonObject): CompactPart;
export declare function checkSuitePart(payload: JsonObject): CompactPart;
export declare function checkRunPart(payload: JsonObject): CompactPart;
export declare function deploymentPart(payload: JsonObject): CompactPart;
export declare function deploymentStatusPart(payload: JsonObject): CompactPart;
export declare function statusPart(payload: JsonObject): CompactPart;
