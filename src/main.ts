import { runAction } from "./action/run.js";
import { runnerIO } from "./action/runner-io.js";
import { describeError } from "./describe-error.js";

/** The action's entry: runner environment in, outputs, summary and exit code out. */
export async function run(): Promise<void> {
  const io = runnerIO({ env: process.env });
  try {
    await runAction({ io, env: process.env });
  } catch (error) {
    io.setFailed(describeError(error));
  }
}

await run();
