// Reads the answers of the flow backends at argv[2..] with the action's HTTP client, one after
// another, in a process whose heap is capped (answer-memory.test.ts): prints what became of each,
// as a line of JSON.
import { requestJson } from "../../src/backend/http.js";

for (const url of process.argv.slice(2)) {
  let outcome: { parsed: true } | { refused: string };
  try {
    await requestJson({ url, fetch, retries: 0, retryDelayMs: 1, requestTimeoutMs: 30_000 }, { method: "GET", path: "/runs?eventId=e", deadline: performance.now() + 60_000 });
    outcome = { parsed: true };
  } catch (error) {
    outcome = { refused: (error as Error).message };
  }
  console.log(JSON.stringify({ ...outcome, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}
