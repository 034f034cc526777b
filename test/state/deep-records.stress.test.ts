// Moved from deep-records.test.ts: a big payload (over 1 MiB) through two real `flows fire` processes.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { flowsIn, writeEventFile } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-deep-records-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("records of deeply nested events and results", () => {
  it("a big payload of small nested arrays is stored compact, about its own size, and not run twice", async () => {
    await writeFlow(repo.dir, { name: "wide", steps: [{ name: "s", trigger: "wide.test", source: rawStep("completed") }] });
    // 12 levels of two-element arrays of small numbers: pretty-printed, each number took a line
    // indented up to 26 spaces, and a 24 MB payload of it a 510 MB record (over the store's limit).
    let leaves: unknown = [0, 1];
    for (let i = 0; i < 11; i++) leaves = [leaves, leaves];
    const payload = { items: Array.from({ length: 150 }, () => leaves) };
    const payloadBytes = JSON.stringify(payload).length;
    const event = await writeEventFile(repo.dir, flowEvent("wide.test", "wide-1", payload));

    const first = await flowsIn(repo.dir, "fire", "--event", event);
    expect(first.code, first.out + first.err).toBe(0);
    const records = await readdir(join(repo.dir, ".codex", "flow-client", "events"), { recursive: true });
    const file = records.find((name) => name.endsWith(".json"));
    const size = (await stat(join(repo.dir, ".codex", "flow-client", "events", file!))).size;
    expect(payloadBytes).toBeGreaterThan(1024 * 1024);
    expect(size).toBeLessThan(payloadBytes * 1.2);

    const again = await flowsIn(repo.dir, "fire", "--event", event);
    expect(again.code, again.out + again.err).toBe(0);
    expect(again.out).toMatch(/ran=0/);
  }, 30_000);
});
