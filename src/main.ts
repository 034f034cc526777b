import { runAction } from "./action/run.js";
import { runnerFileProblem, runnerIO } from "./action/runner.js";
import { describeError } from "./describe-error.js";

/**
 * The action: runner environment in, outputs, summary and exit code out. Only exported, never
 * called here, so `npx @github/local-action run . src/main.ts .env` runs it exactly once;
 * dist/index.js comes from src/action-entry.ts, which calls it.
 */
export async function run(): Promise<void> {
  const io = runnerIO();
  const problem = runnerFileProblem(process.env);
  if (problem) {
    io.setFailed(problem);
    return;
  }
  // Cancelling a workflow sends SIGINT, then SIGTERM about 7.5 s later: stop the steps, and
  // still record them and complete their check runs as canceled in the time left.
  const cancel = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      io.warning(`Received ${signal}: stopping the running flow steps and reporting them as canceled.`);
      cancel.abort();
    });
  }
  try {
    await runAction({ io, env: process.env, signal: cancel.signal });
    if (cancel.signal.aborted) io.setFailed("The job was cancelled; running flow steps were stopped and recorded as canceled.");
  } catch (error) {
    io.setFailed(describeError(error));
  }
}
