import type { FlowRunView } from "../contracts.js";
import type { DispatchObserver } from "../engine/dispatch.js";
import { logText } from "../log-text.js";
import type { ActionIO } from "./io.js";

/**
 * One log group per step. A step that starts while no group is open streams into its own
 * group live; steps running alongside it (GitHub groups cannot interleave) get their group
 * when they end, holding the recorded output tail.
 */
export function logGroups(io: ActionIO): DispatchObserver {
  let liveRunId: string | undefined;
  const title = (run: FlowRunView): string => `${run.flowName}/${run.stepName}`;
  return {
    onStepStart(run) {
      if (liveRunId) return;
      liveRunId = run.id;
      io.startGroup(title(run));
    },
    onStepLine(run, _stream, line) {
      if (run.id === liveRunId) io.info(line);
    },
    onStepEnd(run) {
      const status = `${title(run)}: ${run.effectiveStatus}${run.error ? ` — ${run.error.split("\n")[0]}` : ""}`;
      if (run.id === liveRunId) {
        liveRunId = undefined;
        io.endGroup();
        io.info(logText(status));
        return;
      }
      io.startGroup(status);
      io.info(run.output ?? "(no output)");
      io.endGroup();
    },
  };
}
