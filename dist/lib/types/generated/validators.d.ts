import type { ErrorObject } from "ajv";
export type CompiledValidator<T> = {
    (data: unknown): data is T;
    errors?: ErrorObject[] | null;
};
export { validateBackendDispatchResult } from "./validators/backend-dispatch-result.js";
export { validateBackendRun } from "./validators/backend-run.js";
export { validateCliError } from "./validators/cli-error.js";
export { validateCliHelp } from "./validators/cli-help.js";
export { validateCliVersion } from "./validators/cli-version.js";
export { validateEventRecord } from "./validators/event-record.js";
export { validateFlowDiagnostic } from "./validators/flow-diagnostic.js";
export { validateFlowEvent } from "./validators/flow-event.js";
export { validateFlowResult } from "./validators/flow-result.js";
export { validateFlowRunView } from "./validators/flow-run-view.js";
export { validateFlow } from "./validators/flow.js";
export { validateHandover } from "./validators/handover.js";
export { validateRunsFile } from "./validators/runs-file.js";
export { validateWatchCursor } from "./validators/watch-cursor.js";
