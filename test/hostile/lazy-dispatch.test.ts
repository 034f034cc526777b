import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lazyCounts } from "../../src/events/lazy-json.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";

// #12: the action's dispatch with a large event file read by the streaming reader (big arrays
// kept on disk, src/events/lazy-json.ts), in process. On the measured path (state: none, steps
// without schemas or conditions) nothing may read a kept array; with a condition and a trigger
// schema the array is read and the outcome is the same. Every step must get the bytes the eager
// path gives: each reports a hash of its stdin (receivedAt blanked: the one field that differs).

const HASH_STEP = [
  'const text = (await Bun.stdin.text()).replace(/"receivedAt":"[^"]*"/, "");',
  'const hash = new Bun.CryptoHasher("sha256").update(text).digest("hex");',
  'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: text.length + " " + hash }));',
].join("\n");

let plain: { dir: string; cleanup: () => Promise<void> };
let checked: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  plain = await tempRepo("flows-lazy-dispatch-");
  for (const name of ["plain-a", "plain-b", "plain-c"]) {
    await writeFlow(plain.dir, { name, steps: [{ name: "s", trigger: "repository_dispatch.big", source: HASH_STEP }] });
  }
  checked = await tempRepo("flows-lazy-dispatch-");
  await writeFlow(checked.dir, {
    name: "checked",
    steps: [
      { name: "when", trigger: "repository_dispatch.big", condition: "event.payload.clientPayload.items[2].login == 'user-2'", source: HASH_STEP },
      {
        name: "schema",
        trigger: "repository_dispatch.big",
        schema: { type: "object", properties: { clientPayload: { type: "object", properties: { items: { type: "array", minItems: 500, items: { required: ["id", "login"] } } } } } },
        source: HASH_STEP,
      },
      { name: "no", trigger: "repository_dispatch.big", condition: "event.payload.clientPayload.items[2].login == 'nobody'", source: HASH_STEP },
    ],
  });
});
afterAll(async () => {
  await plain.cleanup();
  await checked.cleanup();
});

const items = Array.from({ length: 800 }, (_, i) => ({ id: i, login: `user-${i}`, title: `é ${"x".repeat(i % 90)} 😀`, labels: [{ name: "bug" }] }));
const payload = { action: "big", client_payload: { items }, sender: { login: "octocat" } };

const stepHashes = (log: string) => Object.fromEntries([...log.matchAll(/([\w-]+\/[\w-]+): completed — (\d+ [0-9a-f]{64})/g)].map((match) => [match[1], match[2]]));

/** The file read whole, whatever `npm run test:lazy-events` sets. */
const EAGER = { FLOWS_LAZY_EVENT_BYTES: String(1024 ** 3) };

async function dispatch(env: Record<string, string>, workspace: string) {
  const before = lazyCounts();
  const run = await runInProcess({
    workspace,
    eventName: "repository_dispatch",
    payload,
    inputs: { state: "none" },
    env,
  });
  const after = lazyCounts();
  expect(run.code, run.stdout.slice(-2000)).toBe(0);
  return { run, made: after.created - before.created, read: after.loads - before.loads, hashes: stepHashes(run.stdout) };
}

describe("dispatch of a large event file read by the streaming reader", () => {
  it("steps without schemas or conditions get the eager bytes, and no kept array is read", async () => {
    const lazy = await dispatch({ FLOWS_LAZY_EVENT_BYTES: String(32 * 1024) }, plain.dir);
    expect(lazy.made).toBe(1);
    expect(lazy.read).toBe(0);
    const eager = await dispatch(EAGER, plain.dir);
    expect(eager.made).toBe(0);
    expect(Object.keys(lazy.hashes)).toEqual(expect.arrayContaining(["plain-a/s", "plain-b/s", "plain-c/s"]));
    expect(lazy.hashes).toEqual(eager.hashes);
  });

  it("a condition and a trigger schema read the kept array and decide as the eager path does", async () => {
    const lazy = await dispatch({ FLOWS_LAZY_EVENT_BYTES: String(32 * 1024) }, checked.dir);
    expect(lazy.made).toBe(1);
    expect(lazy.read).toBe(1);
    const eager = await dispatch(EAGER, checked.dir);
    expect(Object.keys(lazy.hashes).sort()).toEqual(["checked/schema", "checked/when"]);
    expect(lazy.hashes).toEqual(eager.hashes);
    expect(lazy.run.summary.replace(/\d+(\.\d+)? m?s/g, "")).toBe(eager.run.summary.replace(/\d+(\.\d+)? m?s/g, ""));
  });
});
