// Sends one event to the flow backend at argv[2] and waits for its runs with the action's HTTP
// client, in a process of its own whose heap is capped (wait-memory.test.ts): prints what became
// of the wait, the length of each run's output and result as kept, and the process's peak RSS, as JSON.
import { dispatchToBackend } from "../../src/backend/index.js";

const url = process.argv[2] ?? "";
const event = { id: `test:t.ok:${process.pid}`, type: "t.ok", receivedAt: "2025-01-02T03:04:05.000Z", payload: {} };
let outcome: { runs: number; outputs: number[]; results: number[] } | { refused: string };
try {
  const done = await dispatchToBackend(event, { url, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 60_000 });
  const results = done.runs.map((run) => (run.resultPayload ? JSON.stringify(run.resultPayload).length : 0));
  outcome = { runs: done.runs.length, outputs: done.runs.map((run) => run.output?.length ?? 0), results };
} catch (error) {
  outcome = { refused: (error as Error).message.slice(0, 2_000) };
}
console.log(JSON.stringify({ ...outcome, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
