import { runAction } from "./action/run.js";
import { runnerIO } from "./action/runner-io.js";
import { describeError } from "./describe-error.js";

/** The action's entry: runner environment in, outputs, summary and exit code out. */
export async function run(): Promise<void> {
  const io = runnerIO({ env: process.env });
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

await run();
