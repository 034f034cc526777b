import type { FlowRunView } from "../contracts.js";
import { isTerminal } from "./normalize.js";
import { runLabel } from "./run-list.js";

// A run's finished state should be final (shared/flow-contracts.md, run views), but a backend may
// reopen a finished run: a retry policy starts a new attempt, an operator re-runs it. The wait
// then follows it until it finishes again (src/backend/client.ts), and says so: reported with the
// outcome first seen, the job would show a result the backend has since replaced.

/** Runs named in warnings; past it, one more warning says that more were changed. */
const MAX_NAMED = 20;

/** Runs the backend changed after reporting them finished, as the wait saw them. */
export class ReopenedRuns {
  readonly #warn: ((message: string) => void) | undefined;
  /** Run id → the effective status it had finished with, for runs reopened and not finished since. */
  readonly #open = new Map<string, string>();
  #warned = 0;

  constructor(warn: ((message: string) => void) | undefined) {
    this.#warn = warn;
  }

  /** Compare one poll's runs with the previous one's: warn of each finished run that is running again or ended otherwise. */
  compare(before: readonly FlowRunView[], after: readonly FlowRunView[]): void {
    const earlier = new Map(before.map((run) => [run.id, run]));
    for (const run of after) {
      const was = earlier.get(run.id);
      if (isTerminal(run)) this.#open.delete(run.id);
      if (!was || !isTerminal(was)) continue;
      if (!isTerminal(run)) {
        this.#open.set(run.id, was.effectiveStatus);
        this.#say(
          `the flow backend reopened run ${runLabel(run.id, run)} after reporting it finished (${was.effectiveStatus}): it is ${run.processStatus} again${attemptOf(run)}. It is waited for until it finishes again, and reported as it ends then.`,
        );
      } else if (changed(was, run)) {
        this.#say(
          `the flow backend changed run ${runLabel(run.id, run)} after reporting it finished: it was ${was.effectiveStatus}, it is now ${run.effectiveStatus}${attemptOf(run)}. The later outcome is reported.`,
        );
      }
    }
  }

  /** The status a run had finished with, while it is reopened (running again); undefined for any other run. */
  finishedAs(id: string): string | undefined {
    return this.#open.get(id);
  }

  #say(message: string): void {
    this.#warned += 1;
    if (this.#warned <= MAX_NAMED) this.#warn?.(message);
    else if (this.#warned === MAX_NAMED + 1) {
      this.#warn?.(`the flow backend changed more than ${MAX_NAMED} runs after reporting them finished; the rest are not named here, and each is reported as it ended last.`);
    }
  }
}

/** Another outcome, or another attempt, than the one the run had finished with. */
function changed(was: FlowRunView, run: FlowRunView): boolean {
  return was.processStatus !== run.processStatus || was.resultStatus !== run.resultStatus || was.attempts.length !== run.attempts.length;
}

function attemptOf(run: FlowRunView): string {
  const last = run.attempts.at(-1);
  return last && last.number > 1 ? ` (attempt ${last.number})` : "";
}
