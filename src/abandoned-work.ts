// Work the process stopped waiting for and cannot cancel: an artifact upload or a store read past
// its deadline (deadline.ts: the state store's upload, the fork handover's, the plan job's read).
// @actions/artifact takes no AbortSignal, and against a service that accepts connections but
// never answers it retries for about 16 minutes (5 tries of a 3-minute socket timeout), its
// socket keeping Node running all that time after the job's
// outcome is known. The action's entry (action-entry.ts) ends the process once the action is
// done and its log written, when such work is left.

const abandoned = new Set<Promise<unknown>>();

/** Stop waiting for `work`: its failure is expected and ignored; it is forgotten once it settles. */
export function abandonWork(work: Promise<unknown>): void {
  abandoned.add(work);
  const forget = (): void => {
    abandoned.delete(work);
  };
  work.then(forget, forget);
}

/** How many abandoned tasks have not settled yet. */
export function abandonedWorkLeft(): number {
  return abandoned.size;
}

/**
 * Exit now, with process.exitCode (core.setFailed sets it), once stdout and stderr have written
 * what they hold, if abandoned work is still running; otherwise return and let Node end by itself.
 * (A pipe's writes are asynchronous: an exit before they drain cuts the log short.)
 */
export async function exitIfWorkAbandoned(): Promise<void> {
  if (abandoned.size === 0) return;
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit();
}

function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((done) => {
    stream.write("", () => done());
  });
}
