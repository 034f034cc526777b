import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { dispatchToBackend } from "../../src/backend/index.js";
import { SHARED_ANSWER_BYTES } from "../../src/backend/http.js";
import { KEPT_OUTPUT_BYTES } from "../../src/backend/normalize.js";
import { WHOLE_RESULT_CHARS } from "../../src/backend/kept-result.js";

// A wait holds every run of a dispatch (up to 1,000) and fetches the runs a list leaves out eight
// at a time, each answer allowed 16 MiB. Kept whole, 16 runs answered with 14 MiB of `output`
// each took the wait's peak RSS to 524 MB, and more with each run. The waiting process here is a
// child of its own, with a capped heap, and the backend (this process) is not measured with it.

type Child = { code: number; stdout: string; stderr: string };

/** A backend whose dispatch names `runs` runs that its list leaves out, each answered with `outputMiB` of output. */
async function serveLargeRuns(options: { runs: number; outputMiB: number; resultMiB?: number }): Promise<{ url: string; close: () => Promise<unknown> }> {
  const output = "x".repeat(options.outputMiB * 1024 * 1024);
  // A FLOW_RESULT of many small objects, as a step's data is: about 210 characters of JSON each.
  const items = Math.round(((options.resultMiB ?? 0) * 1024 * 1024) / 210);
  const result = JSON.stringify({ status: "completed", message: "done", data: Array.from({ length: items }, (_, index) => ({ index, note: "n".repeat(180) })) });
  const runIds = Array.from({ length: options.runs }, (_, index) => `run-${index}`);
  let eventId = "";
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/json" });
      if (request.method === "POST") {
        eventId = (JSON.parse(Buffer.concat(chunks).toString()) as { id: string }).id;
        return response.end(JSON.stringify({ status: "accepted", matched: runIds.length, runIds }));
      }
      // The list names none of them: each is fetched by its id (GET /runs/:id).
      if (request.url?.startsWith("/runs?")) return response.end(JSON.stringify({ runs: [] }));
      const id = decodeURIComponent(request.url?.slice("/runs/".length) ?? "");
      const run = JSON.stringify({ id, eventId, flowName: "notes", stepName: "draft", processStatus: "completed", createdAt: "2025-01-01T00:00:00.000Z", output });
      response.end(options.resultMiB ? `${run.slice(0, -1)},"resultPayload":${result}}` : run);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close };
}

async function waitInChild(options: { runs: number; outputMiB: number; resultMiB?: number; heapMb: number }): Promise<Child> {
  const { url, close } = await serveLargeRuns(options);
  try {
    const child = await promisify(execFile)(process.execPath, [`--max-old-space-size=${options.heapMb}`, "--import", "tsx", "test/backend/wait-memory-child.ts", url], { maxBuffer: 1024 * 1024 });
    return { code: 0, stdout: child.stdout, stderr: child.stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  } finally {
    await close();
  }
}

/** Peak RSS of the waiting process: about 160 MB here, within its 64 MB heap; CI measures about 100 MB more. */
const PEAK_RSS_MB = 320;

describe("the memory of a wait for runs fetched one by one", () => {
  it("of many runs keeps the tail of each run's output: 24 runs of 3 MiB within a 64 MB heap", async () => {
    // Kept whole, the outputs alone (72 MiB) were past the heap: the wait ran out of memory.
    const child = await waitInChild({ runs: 24, outputMiB: 3, heapMb: 64 });
    expect(child.code, child.stderr.slice(-2000)).toBe(0);
    const outcome = JSON.parse(child.stdout) as { runs?: number; outputs?: number[]; refused?: string; peakRssMb: number };
    expect(outcome.refused).toBeUndefined();
    expect(outcome.runs).toBe(24);
    for (const chars of outcome.outputs ?? []) expect(chars).toBeLessThan(KEPT_OUTPUT_BYTES + 100);
    expect(outcome.peakRssMb).toBeLessThan(PEAK_RSS_MB);
  }, 60_000);

  it("of many runs keeps what the reports read of each run's result: 16 runs of 4 MiB results within a 128 MB heap", async () => {
    // Kept whole, the results (20,000 objects each) took the heap past 128 MB, and the peak RSS to 440 MB.
    const child = await waitInChild({ runs: 16, outputMiB: 0, resultMiB: 4, heapMb: 128 });
    expect(child.code, child.stderr.slice(-2000)).toBe(0);
    const outcome = JSON.parse(child.stdout) as { runs?: number; results?: number[]; refused?: string; peakRssMb: number };
    expect(outcome.refused).toBeUndefined();
    expect(outcome.runs).toBe(16);
    for (const chars of outcome.results ?? []) expect(chars).toBeLessThan(WHOLE_RESULT_CHARS);
    expect(outcome.peakRssMb).toBeLessThan(PEAK_RSS_MB);
  }, 60_000);
});

describe("the answers of runs fetched at once", () => {
  it("share one byte budget: past its first MiB, one answer is read at a time", async () => {
    const { url, close } = await serveLargeRuns({ runs: 8, outputMiB: 6 });
    // Bytes read of the answers to GET /runs/:id not yet read to their end, and the most at once.
    let reading = 0;
    let most = 0;
    const counted: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!response.body || !/\/runs\/[^?]/.test(String(input))) return response;
      let mine = 0;
      const body = response.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            mine += chunk.byteLength;
            reading += chunk.byteLength;
            most = Math.max(most, reading);
            controller.enqueue(chunk);
          },
          flush() {
            reading -= mine;
          },
        }),
      );
      return new Response(body, { status: response.status, headers: response.headers });
    };
    try {
      const event = { id: "test:t.ok:shared", type: "t.ok", receivedAt: "2025-01-02T03:04:05.000Z", payload: {} };
      const outcome = await dispatchToBackend(event, { url, fetch: counted, pollIntervalMs: 20, timeoutMs: 30_000 });
      expect(outcome.runs).toHaveLength(8);
      // Read all at once, 30 to 48 MiB of the eight answers were read at once; in turns, one whole answer and the others' first MiB.
      expect(most).toBeLessThan(6 * 1024 * 1024 + 8 * (SHARED_ANSWER_BYTES + 256 * 1024));
    } finally {
      await close();
    }
  }, 60_000);
});
