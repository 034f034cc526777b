// Helpers for the Bun child processes of the concurrency tests (no vitest in here).
import type { EventRecord } from "../../../src/state/types.js";

export type ChildArgs = { target: string; child: number; count: number; sharedId: string; startAt: number };

export function readArgs(argv: string[]): ChildArgs {
  const [target, child, count, sharedId, startAt] = argv.slice(2);
  if (!target || !child || !count || !sharedId || !startAt) {
    throw new Error("usage: <target> <child> <count> <shared event id> <start at epoch ms>");
  }
  return { target, child: Number(child), count: Number(count), sharedId, startAt: Number(startAt) };
}

/** Wait for the common start time so that all children write at the same moment. */
export async function waitForStart(startAt: number): Promise<void> {
  const wait = startAt - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

export function record(eventId: string, runId: string, attempts: number): EventRecord {
  const at = new Date().toISOString();
  return {
    formatVersion: 1,
    event: { id: eventId, type: "upstream.release", receivedAt: at, payload: {} },
    runs: [
      {
        id: runId,
        eventId,
        flowName: "flow",
        flowVersion: 1,
        stepName: "step",
        runner: "bun",
        processStatus: "completed",
        effectiveStatus: "completed",
        needsAttention: false,
        attempts: Array.from({ length: attempts }, (_, index) => ({
          id: `${runId}_a${index + 1}`,
          number: index + 1,
          status: "completed" as const,
        })),
        createdAt: at,
        updatedAt: at,
      },
    ],
    firstDispatchedAt: at,
    updatedAt: at,
    dispatchCount: 1,
  };
}
