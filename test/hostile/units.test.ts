import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { runIdFor } from "../../src/engine/ids.js";
import { canonicalDigest } from "../../src/events/canonical.js";
import { flowEventFromGitHub, loadGitHubEvent, MAX_PAYLOAD_DEPTH } from "../../src/events/index.js";
import { TomlLocator } from "../../src/flows/toml-locator.js";
import { parseJsonText } from "../../src/json-text.js";
import { logText } from "../../src/log-text.js";
import { LineSplitter } from "../../src/runners/output.js";
import { parseFlowResult } from "../../src/runners/result.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-hostile-");
});
afterEach(async () => {
  await repo.cleanup();
});

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

describe("payload budgets", () => {
  it("refuses an event file nesting 3,000 arrays with a message, before anything is stored", async () => {
    const path = join(repo.dir, "event.json");
    await writeFile(path, JSON.stringify({ action: "go", client_payload: { data: nested(3000) } }));
    await expect(loadGitHubEvent({ GITHUB_EVENT_NAME: "repository_dispatch", GITHUB_EVENT_PATH: path })).rejects.toThrow(
      /more than 256 levels deep/,
    );
  });

  it("accepts a payload exactly at the depth budget and hashes it canonically", () => {
    const payload = { client_payload: { data: nested(MAX_PAYLOAD_DEPTH - 2) } };
    const event = flowEventFromGitHub({ eventName: "repository_dispatch", payload: { action: "go", ...payload }, context: {} });
    expect(event.type).toBe("repository_dispatch.go");
    expect(canonicalDigest(event.payload)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a deep payload handed to dispatch directly, storing nothing", async () => {
    const store = new MemoryStateStore();
    await expect(
      dispatch({ id: "deep", type: "t", payload: { a: nested(100_000) } }, { repoRoot: repo.dir, store }),
    ).rejects.toThrow(/nests objects and arrays more than 256 levels/);
    expect(await store.listEvents()).toEqual([]);
  });

  it("points at the place where invalid JSON nests too deep instead of overflowing the scanner", () => {
    const parsed = parseJsonText(`${"[".repeat(200_000)}x`);
    expect(parsed).toMatchObject({ ok: false, message: expect.stringContaining("more than 1000 levels") });
  });
});

describe("outside text in log lines and event types", () => {
  it("percent-encodes control characters of a mapped repository_dispatch type", () => {
    const event = flowEventFromGitHub({
      eventName: "repository_dispatch",
      payload: { action: "deploy\n::error::pwned", client_payload: {} },
      context: { repository: "o/r", runId: "1" },
    });
    expect(event.type).toBe("repository_dispatch.deploy%0A::error::pwned");
    expect(event.id).not.toMatch(/[\n\r]/);
  });

  it("logText keeps outside text on one line", () => {
    expect(logText("a\n::error::b\r\u0007\u2028")).toBe("a\\n::error::b\\r\\u0007\\u2028");
    expect(logText("plain → text")).toBe("plain → text");
  });
});

describe("run ids", () => {
  it("keeps the older runtime's ids for ordinary names", () => {
    // run_ + first 12 hex of sha256("e\0f\0s"), as the older runtime computed it.
    expect(runIdFor("e", "f", "s")).toBe("run_978cc88f8efb");
    expect(runIdFor("github:push:o/r:abc", "flow", "step")).toMatch(/^run_[0-9a-f]{12}$/);
  });

  it("gives two steps whose names differ only around a NUL different run ids", () => {
    expect(runIdFor("e", "a\0b", "c")).not.toBe(runIdFor("e", "a", "b\0c"));
    expect(runIdFor("e\0a", "b", "c")).not.toBe(runIdFor("e", "a\0b", "c"));
  });
});

describe("TOML line location", () => {
  it("locates a 50,000-part dotted key in linear time and still finds the steps", () => {
    const key = Array.from({ length: 50_000 }, () => "k").join(".");
    const text = `name = "x"\n${key} = 1\n[[steps]]\nname = "s"\n[[steps]]\nname = "t"\n`;
    const locator = new TomlLocator(text);
    expect(locator.locate(Array.from({ length: 50_000 }, () => "k"))).toEqual({ line: 2, column: 1 });
    expect(locator.locate(["steps", 1, "name"])).toEqual({ line: 6, column: 1 });
    expect(locator.header(["steps", 1])).toEqual({ line: 5, column: 1 });
  });
});

describe("FLOW_RESULT size", () => {
  it('says "too large" with the size for a FLOW_RESULT line over 4 MiB', () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((line) => lines.push(line));
    const json = JSON.stringify({ status: "completed", message: "x".repeat(5 * 1024 * 1024) });
    splitter.push(Buffer.from(`FLOW_RESULT ${json}\nafter\n`));
    splitter.end();
    const resultLine = lines.filter((line) => line.includes("FLOW_RESULT ")).at(-1);
    const parsed = parseFlowResult(resultLine === undefined ? [] : [resultLine]);
    expect(parsed).toEqual({ error: expect.stringMatching(/^FLOW_RESULT too large \(\d+ bytes, limit 4 MiB\)/) });
    expect(lines.at(-1)).toBe("after");
  });

  it("refuses a FLOW_RESULT nested deeper than the payload budget", () => {
    const parsed = parseFlowResult([`FLOW_RESULT {"status":"completed","data":${"[".repeat(300)}${"]".repeat(300)}}`]);
    expect(parsed).toEqual({ error: expect.stringContaining("more than 256 levels deep") });
  });
});

describe("next fan-out", () => {
  it("caps the runs one delivery causes and reports the cap in the outcome", async () => {
    await writeFlow(repo.dir, {
      name: "fan",
      steps: [
        {
          name: "spawn",
          trigger: "n",
          source:
            'const ctx = JSON.parse(await Bun.stdin.text());\nconst id = ctx.flow.event.id;\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "completed", next: [1, 2, 3].map((i) => ({ id: id + "." + i, type: "n" })) }));',
        },
      ],
    });
    const outcome = await dispatch(flowEvent("n", "n"), { repoRoot: repo.dir, maxRuns: 5, maxDepth: 10 });
    const count = (o: typeof outcome): number => o.runs.length + o.children.reduce((sum, child) => sum + count(child), 0);
    expect(count(outcome)).toBe(5);
    expect(outcome.runCap).toMatchObject({ maxRuns: 5 });
    expect(outcome.runCap!.skippedEvents).toBeGreaterThan(0);
    expect(outcome.problems.some((p) => p.message.includes("budget of 5 step runs"))).toBe(true);
  });
});
