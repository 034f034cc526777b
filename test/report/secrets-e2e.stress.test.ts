// Moved from secrets-e2e.test.ts: a long registered secret printed across the 4 MiB cut of a
// long line, through the built action (dist/).
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_LINE_CHARS } from "../../src/runners/output.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { pullRequestOpened } from "../helpers/pull-request-examples.js";
import { type ActionRun, runDistAction } from "../helpers/run-action.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

const opened = pullRequestOpened();
const repository = opened.repository.full_name;

const TOKEN = "ghs_e2eJobToken0123456789abcdefABCDEF";
const REGISTERED = "registered-deploy-key-5678";

// The test writes its own step (secrets-e2e.test.ts starts each test with its leaky one).
let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-secrets-");
  server = await startGitHubApiServer();
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

function run(payload: unknown, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runDistAction({
    workspace: repo.dir,
    eventName: "pull_request",
    payload,
    inputs: { "github-token": TOKEN, redact: `${REGISTERED}\n`, ...inputs },
    env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_SHA: "e".repeat(40), ...env },
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => readFile(join(entry.parentPath, entry.name), "utf8")));
}

describe("secrets never leave the job", () => {
  // A step's line longer than MAX_LINE_CHARS reaches the log, the tail and the records in pieces,
  // each redacted on its own. A registered secret longer than the redaction window (a key or a
  // credential file, given whole) was cut in two there, and neither half was redacted.
  it("keeps out both halves of a long registered secret that a step prints across the 4 MiB cut of a long line", async () => {
    const key = Array.from({ length: 150 }, (_, i) => createHash("sha256").update(`key ${i}`).digest("base64url"))
      .join("")
      .slice(0, 6000);
    // The line's first 4 MiB + 3,000 characters arrive (and are cut) before its end does.
    const step = `
const head = "m".repeat(${MAX_LINE_CHARS - 3000}) + ${JSON.stringify(key)};
await Bun.write(Bun.stdout, head);
await Bun.sleep(300);
console.log("m".repeat(100));
console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "printed the key" }));
`;
    await writeFlow(repo.dir, { name: "notes", steps: [{ name: "leak", trigger: "pull_request.*", source: step }] });
    const stateDir = join(repo.dir, "state");
    const result = await run(opened, { state: "file", "state-dir": stateDir, redact: `${key}\n` });
    expect(result.code, result.stderr).toBe(0);
    expect(result.outputs.results).toContain("printed the key");

    const parts = Array.from({ length: key.length / 100 }, (_, i) => key.slice(i * 100, i * 100 + 24));
    const expectNoPart = (what: string, text: string): void => {
      const found = parts.filter((part) => text.includes(part));
      expect(found, `${what} holds part of the key`).toEqual([]);
    };
    // The step's line reached the log, redacted: its pieces are there, the key is not.
    const shown = result.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::"));
    expect(shown.some((line) => line.startsWith("mmmm") && line.length > 1_000_000)).toBe(true);
    expectNoPart("the runner log", shown.join("\n"));
    expect(shown.join("\n")).toContain("***");
    expectNoPart("the job summary", result.summary);
    for (const [name, value] of Object.entries(result.outputs)) expectNoPart(`output ${name}`, value);
    const records = await filesUnder(stateDir);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expectNoPart("a state record", record);
  }, 120_000);
});
