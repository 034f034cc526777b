import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exceedsDepth, MAX_PAYLOAD_DEPTH } from "../../src/events/budget.js";
import { canonicalJson } from "../../src/events/canonical.js";
import { readEventStreamed } from "../../src/events/event-file.js";
import { flowEventFromGitHub, loadGitHubEvent } from "../../src/events/index.js";
import { jsonParts, jsonPartsText, lazyCounts, lazyRange } from "../../src/events/lazy-json.js";
import type { FlowPackage, FlowStep } from "../../src/flows/types.js";
import { Redactor } from "../../src/redact.js";
import { buildStepContext, stepContextParts } from "../../src/runners/context.js";
import { superviseProcess } from "../../src/runners/process.js";
import { webhookExampleSets } from "./webhook-examples.js";

// #12: a large event file is read in streaming passes that keep its big arrays on disk
// (src/events/event-file.ts, lazy-json.ts). Whatever reads the payload must get exactly what
// the eager path (JSON.parse of the whole file) gives: values, JSON text, hashes, step stdin.
// FLOWS_LAZY_EVENT_BYTES=16 sends these small files down the streaming path.

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-event-file-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let files = 0;
async function fileOf(text: string | Buffer): Promise<string> {
  const path = join(dir, `event-${files++}.json`);
  await writeFile(path, text);
  return path;
}

const streamed = async (text: string | Buffer, minBytes = 16) =>
  readEventStreamed(await fileOf(text), { minBytes, maxDepth: MAX_PAYLOAD_DEPTH, scratchDir: dir });

describe("the streaming reader", () => {
  it("gives the value and the exact JSON.stringify text of the eager parse, big arrays kept on disk", async () => {
    const texts = [
      JSON.stringify({ a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], b: "x" }, null, 2),
      '{"list":[ 1.0 , 1e2, -0.0, 1E-7, "\\u0041\\/\\"]},[", "\\ud83d\\ude00", "\\ud800", true, null, {"k":"]"} ]}',
      '{"nest":[[1,2,3,4,5,6,7],[["deep",[1,2,3,4,5,6]]]], "keys":[{"b":1,"a":2,"2":3,"1":4,"a":5,"__proto__":{"x":1}}, {"c": []}]}',
      `{"big":[${Array.from({ length: 5000 }, (_, i) => JSON.stringify({ i, s: `é\u2028${"]".repeat(i % 7)},` })).join(",\n ")}]}`,
      '{"tab":\t["\u00e9",\n"\\n"  ,\r\n 3 ]  }  \n',
      '{"__proto__":{"polluted":[1,2,3,4,5,6,7,8]},"2":[9,8,7,6,5,4,3,2],"1":"one","a":[1,2,3,4,5,6,7,8],"b":{"a":[8,7,6,5,4,3,2,1]}}',
    ];
    for (const text of texts) {
      const result = await streamed(text);
      expect(result?.lazyArrays, text.slice(0, 80)).toBeGreaterThan(0);
      const eager = JSON.parse(text) as unknown;
      expect(jsonPartsText(jsonParts(result?.value))).toBe(JSON.stringify(eager));
      // The one difference in value: a -0 in a kept array reads back as 0 (its JSON is "0" either way).
      expect(result?.value).toEqual(JSON.parse(JSON.stringify(eager)));
      expect(JSON.stringify(result?.value)).toBe(JSON.stringify(eager));
    }
  });

  it("hands back a file where a big array is a shadowed duplicate key (its marker is never read)", async () => {
    expect(await streamed('{"a":[1,2,3,4,5,6,7,8],"a":[8,7,6,5,4,3,2,1]}')).toBeUndefined();
    expect(await streamed('{[1,2,3,4,5,6,7,8]:1}')).toBeUndefined();
  });

  it("decodes invalid UTF-8 as the whole-file read does", async () => {
    const bytes = Buffer.concat([Buffer.from('{"a":["x'), Buffer.from([0xc3]), Buffer.from('", "y'), Buffer.from([0xff, 0xe2, 0x82]), Buffer.from('",1,2,3,4,5,6]}')]);
    const result = await streamed(bytes);
    expect(result?.lazyArrays).toBe(1);
    expect(jsonPartsText(jsonParts(result?.value))).toBe(JSON.stringify(JSON.parse(bytes.toString("utf8"))));
  });

  it("never accepts text JSON.parse refuses: every mutation of a valid file parses the same or is handed back", async () => {
    const base = '{"a":[1,[2,{"b":[3,4,"5,]"]}],"x\\"y",{"c":[true,null]}],"d":[[],[1],{"e":[6,7,8,9,10,11]}]}';
    const pieces = [..."[]{},:\"\\ 01a-e."];
    let seed = 12;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let refused = 0;
    let accepted = 0;
    for (let round = 0; round < 400; round++) {
      let text = base;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(text.length);
        const kind = random(3);
        const piece = pieces[random(pieces.length)] as string;
        text = kind === 0 ? text.slice(0, at) + text.slice(at + 1) : kind === 1 ? text.slice(0, at) + piece + text.slice(at) : text.slice(0, at) + piece + text.slice(at + 1);
      }
      let eager: unknown;
      try {
        eager = JSON.parse(text);
      } catch {
        expect(await streamed(text), text).toBeUndefined();
        refused++;
        continue;
      }
      const result = await streamed(text);
      if (result !== undefined) expect(jsonPartsText(jsonParts(result.value)), text).toBe(JSON.stringify(eager));
      if (result !== undefined) accepted++;
    }
    expect(refused).toBeGreaterThan(200);
    expect(accepted).toBeGreaterThan(20);
  });

  it("hands back text that nests past the budget, and knows the height of what it kept", async () => {
    const deep = (n: number) => `${"[".repeat(n)}1,2,3,4,5,6,7,8${"]".repeat(n)}`;
    expect(await streamed(`{"a":${deep(MAX_PAYLOAD_DEPTH)}}`)).toBeUndefined();
    const result = await streamed(`{"a":${deep(MAX_PAYLOAD_DEPTH - 1)}}`);
    expect(result?.lazyArrays).toBe(1);
    const before = lazyCounts().loads;
    expect(exceedsDepth(result?.value, MAX_PAYLOAD_DEPTH)).toBe(false);
    expect(exceedsDepth(result?.value, MAX_PAYLOAD_DEPTH - 1)).toBe(true);
    expect(lazyCounts().loads).toBe(before);
  });
});

describe("loadGitHubEvent on the streaming path", () => {
  const env = (path: string) => ({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: path, FLOWS_LAZY_EVENT_BYTES: "16" });

  it("gives malformed files the same error as the eager read", async () => {
    for (const text of ['{"a":[1,2,3,4,5,6,7,8,]}', '{"a":[1,2,3,4,5,6,7,8]', '[1,2,3,4,5,6,7,8,9,10]']) {
      const path = await fileOf(text);
      const eager = await loadGitHubEvent({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: path }).catch((error: Error) => error.message);
      const lazy = await loadGitHubEvent(env(path)).catch((error: Error) => error.message);
      expect(typeof lazy).toBe("string");
      expect(lazy).toBe(eager);
    }
  });

  it("reads a file that starts with a byte order mark as the eager read does", async () => {
    const path = await fileOf('\ufeff{"a":[1,2,3,4,5,6,7,8]}');
    const eager = await loadGitHubEvent({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: path });
    const lazy = await loadGitHubEvent(env(path));
    expect(eager.payload).toEqual({ a: [1, 2, 3, 4, 5, 6, 7, 8] });
    expect(JSON.stringify(lazy.payload)).toBe(JSON.stringify(eager.payload));
  });

  // Every payload GitHub documents, pretty-printed as the runner writes the event file: the
  // FlowEvent, its hashes, its redacted copy and every step's stdin match the eager path.
  const examples = (webhookExampleSets()[0]?.events ?? []).flatMap((event) => event.examples.map((payload, index) => [`${event.name}[${index}]`, event.name, payload] as const));
  const flow = { name: "f", version: 1, root: "/r" } as unknown as FlowPackage;
  const step = { name: "s" } as unknown as FlowStep;
  const now = () => new Date("2026-12-02T00:00:00.000Z");
  const redactor = new Redactor().add("Codertocat");

  it.each([["all api.github.com examples", examples]])("%s map, hash and serialise alike", async (_label, cases) => {
    let lazyArrays = 0;
    for (const [label, eventName, payload] of cases) {
      const path = await fileOf(JSON.stringify(payload, null, 2));
      const eager = await loadGitHubEvent({ GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: path });
      const lazy = await loadGitHubEvent({ ...env(path), GITHUB_EVENT_NAME: eventName });
      const context = { repository: "o/r", runId: "7", sha: "abc" };
      const lazyEvent = flowEventFromGitHub({ eventName, payload: lazy.payload, context, now });
      for (const value of [lazyEvent, lazy.payload]) lazyArrays += jsonParts(value).filter((part) => typeof part !== "string").length;
      const stdin = jsonPartsText(stepContextParts({ flow, step, event: lazyEvent, runtime: { runId: "r", attemptId: "a", replay: false } }));
      const eagerEvent = flowEventFromGitHub({ eventName, payload: eager.payload, context, now });
      expect(stdin, label).toBe(JSON.stringify(buildStepContext({ flow, step, event: eagerEvent, runtime: { runId: "r", attemptId: "a", replay: false } })));
      expect(JSON.stringify(lazyEvent), label).toBe(JSON.stringify(eagerEvent));
      expect(canonicalJson(lazy.payload), label).toBe(canonicalJson(eager.payload));
      expect(JSON.stringify(redactor.redactValue(lazy.payload)), label).toBe(JSON.stringify(redactor.redactValue(eager.payload)));
    }
    expect(lazyArrays).toBeGreaterThan(100);
  });

  it("streams a lazy array to a step: the bytes on stdin hash as the eager JSON", async () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({ i, text: `ü ${"x".repeat(i % 50)} 😀` }));
    const path = await fileOf(JSON.stringify({ action: "big", client_payload: { items } }, null, 1));
    const { payload } = await loadGitHubEvent({ ...env(path), GITHUB_EVENT_NAME: "repository_dispatch" });
    const event = flowEventFromGitHub({ eventName: "repository_dispatch", payload, context: { repository: "o/r", runId: "7" }, now });
    expect(lazyRange((payload.client_payload as { items: unknown }).items)).toBeDefined();
    const parts = stepContextParts({ flow, step, event, runtime: { runId: "r", attemptId: "a", replay: false } });
    // clientPayload and github.client_payload: the one lazy array is two ranges of one file.
    expect(parts.filter((part) => typeof part !== "string")).toHaveLength(2);
    const script = 'const h=require("crypto").createHash("sha256");process.stdin.on("data",(c)=>h.update(c));process.stdin.on("end",()=>console.log(h.digest("hex")));';
    const lines: string[] = [];
    const run = await superviseProcess({ command: process.execPath, args: ["-e", script], cwd: dir, env: { PATH: process.env.PATH ?? "" }, stdin: parts, timeoutMs: 60_000, onLine: (_stream, line) => lines.push(line) });
    expect(run.exitCode).toBe(0);
    const eagerEvent = flowEventFromGitHub({ eventName: "repository_dispatch", payload: JSON.parse(JSON.stringify({ action: "big", client_payload: { items } })), context: { repository: "o/r", runId: "7" }, now });
    const expected = JSON.stringify(buildStepContext({ flow, step, event: eagerEvent, runtime: { runId: "r", attemptId: "a", replay: false } }));
    expect(lines).toEqual([createHash("sha256").update(expected).digest("hex")]);
  });
});
