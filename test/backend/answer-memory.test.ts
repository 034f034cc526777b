import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_ANSWER_CONTAINERS } from "../../src/backend/answer-shape.js";
import { jsonShape as answerShape } from "../../src/json-shape.js";
import { MAX_ANSWER_DEPTH } from "../../src/backend/http.js";

// JSON.parse has no limits: 10 MB of `[[[…` or of `{},{},…` took 500–750 MB to build, before any
// check on the parsed value could run. The answer's text is measured first (src/json-shape.ts).

const LEVELS = 5_000_000;
const HOSTILE = {
  "5 million levels of arrays": () => `${"[".repeat(LEVELS)}${"]".repeat(LEVELS)}`,
  "5 million empty objects": () => `[${Array(LEVELS).fill("{}").join(",")}]`,
};

/** The child's heap: far below what parsing either answer takes, far above what reading it needs. */
const HEAP_MB = 96;

/**
 * Serves each body on a port of its own and reads them all, one after another, in one child
 * whose heap is capped: one Node process with tsx instead of one for each answer. What became of
 * each answer, in order; a child that ran out of heap on any of them exits non-zero.
 */
async function readInChild(bodies: Buffer[]): Promise<{ code: number; outcomes: Array<{ refused?: string }>; stderr: string }> {
  const servers = bodies.map((body) =>
    createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": body.length });
      response.end(body);
    }),
  );
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))));
  const urls = servers.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  try {
    const child = await promisify(execFile)(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "--import", "tsx", "test/backend/answer-memory-child.ts", ...urls], {
      maxBuffer: 1024 * 1024,
    });
    return { code: 0, outcomes: outcomesOf(child.stdout), stderr: child.stderr };
  } catch (error) {
    // The answers read before the heap ran out, each on its line.
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, outcomes: outcomesOf(failed.stdout ?? ""), stderr: failed.stderr ?? "" };
  } finally {
    for (const server of servers) server.closeAllConnections();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

function outcomesOf(stdout: string): Array<{ refused?: string }> {
  return stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { refused?: string });
}

describe("a flow backend's answer", () => {
  const names = Object.keys(HOSTILE) as Array<keyof typeof HOSTILE>;
  let child: Awaited<ReturnType<typeof readInChild>>;
  beforeAll(async () => {
    child = await readInChild(names.map((name) => Buffer.from(HOSTILE[name]())));
  }, 60_000);

  for (const [index, name] of names.entries()) {
    it(`of ${name} (10–15 MB, under the size cap) is refused before it is parsed, within a ${HEAP_MB} MB heap`, () => {
      expect(child.code, `${child.outcomes.length} of ${names.length} answers read; ${child.stderr.slice(-2000)}`).toBe(0);
      const outcome = child.outcomes[index] ?? {};
      expect(outcome.refused).toMatch(name.includes("levels") ? /nested more than 264 levels deep/ : /more than 500,000 JSON objects and arrays/);
    });
  }
});

describe("answerShape", () => {
  const limits = { maxDepth: MAX_ANSWER_DEPTH, maxContainers: MAX_ANSWER_CONTAINERS };

  it("counts only the brackets outside strings, escaped quotes included", () => {
    const text = JSON.stringify({ a: ['[{"', "\\", '\\"[[['], b: { c: "}]}" } });
    expect(answerShape(text, limits)).toEqual({ ok: true, containers: 3 });
    expect(answerShape(text, { maxDepth: 1, maxContainers: 10 })).toEqual({ ok: false, exceeded: "depth" });
    expect(answerShape(text, { maxDepth: 2, maxContainers: 2 })).toEqual({ ok: false, exceeded: "containers" });
  });

  it("reads as deep as an event or a result may nest, and as many objects as the cap", () => {
    const deepest = `${"[".repeat(MAX_ANSWER_DEPTH)}${"]".repeat(MAX_ANSWER_DEPTH)}`;
    expect(answerShape(deepest, limits).ok).toBe(true);
    expect(answerShape(`[${deepest}]`, limits)).toEqual({ ok: false, exceeded: "depth" });
    const many = `[${Array(MAX_ANSWER_CONTAINERS - 1).fill("{}").join(",")}]`;
    expect(answerShape(many, limits)).toEqual({ ok: true, containers: MAX_ANSWER_CONTAINERS });
    expect(answerShape(`[${many}]`, limits)).toEqual({ ok: false, exceeded: "containers" });
  });
});
