import type { ChangedFilesSource } from "../flows/index.js";
import type { ActionContext } from "./context.js";
/** The file lister for this job's conditions; undefined without a token or a repository. */
export declare function pullRequestFilesSource(context: ActionContext): ChangedFilesSource | undefined;
