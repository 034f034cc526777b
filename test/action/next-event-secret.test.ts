import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { normalizeFlowEvent } from "../../src/engine/event.js";
import { redactor } from "../../src/redact.js";

// A stored record keeps its event's id exactly (the record's file is named by it), unredacted.
// A step whose `next` event id held a registered secret (an id built from a deploy URL with its
// key) had the secret written to the state store: a file under .codex, or the state branch,
// which a public repository publishes.

const SECRET = "next-id-deploy-key-5523";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-next-secret-");
});
afterEach(async () => {
  await repo.cleanup();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => readFile(join(entry.parentPath, entry.name), "utf8")));
}

describe("an event whose id holds a secret", () => {
  it("returned in a step's next is not dispatched or stored: the step fails saying so, and no record holds the secret", async () => {
    const source = [
      "await Bun.stdin.text();",
      `const key = ${JSON.stringify(SECRET)};`,
      'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "deploying", next: [{ id: "deploy:https://x.example/hook?k=" + key, type: "deploy.requested", payload: { key } }] }));',
    ].join("\n");
    await writeFlow(repo.dir, {
      name: "chain",
      steps: [
        { name: "start", trigger: "push", source },
        { name: "deploy", trigger: "deploy.requested", source: 'await Bun.stdin.text();\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "deployed" }));' },
      ],
    });
    const run = await runInProcess({
      workspace: repo.dir,
      eventName: "push",
      payload: { ref: "refs/heads/main", after: "a".repeat(40), before: "0".repeat(40), repository: { full_name: "octo-org/octo-repo" } },
      inputs: { state: "file", checks: "off", comment: "off", redact: SECRET },
    });
    const records = await filesUnder(join(repo.dir, ".codex"));
    expect(records.length).toBeGreaterThan(0);
    // The state store redacts what it writes but the id; the log, summary and outputs go
    // through the runner's IO, which redacts them (this fake IO does not).
    for (const record of records) expect(record).not.toContain(SECRET);
    // Only the push's record: the next event was not dispatched.
    expect(records.filter((record) => record.includes('"id": "deploy:'))).toEqual([]);
    expect(records.some((record) => record.includes('"id": "github:push:'))).toBe(true);
    expect(run.stdout).toContain('that cannot be dispatched: The FlowEvent id "deploy:https://x.example/hook?k=***" holds a secret');
  }, 60_000);

  it("is refused wherever a FlowEvent comes from (a dispatch's own event too), but a URL's user name alone is no secret", () => {
    redactor.add(SECRET);
    expect(() => normalizeFlowEvent({ id: `release:${SECRET}`, type: "release.published" })).toThrow(/FlowEvent id "release:\*\*\*" holds a secret/);
    for (const id of [`ghp_${"a1B2".repeat(9)}`, "mirror:https://bot:pw-1234@example.com/o/r", "hook:https://x.example/?token=abc"]) {
      expect(() => normalizeFlowEvent({ id, type: "t" }), id).toThrow(/holds a secret/);
    }
    for (const id of ["mirror:ssh://git@github.com/o/r.git", "github:push:octo-org/octo-repo:refs/heads/a;key=b:abc", "see https://example.com/a?page=2"]) {
      expect(normalizeFlowEvent({ id, type: "t" }).id).toBe(id);
    }
  });
});
