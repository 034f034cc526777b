import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";

// A registered secret that is a number (an AWS account id in `redact`) that a step returns as a
// JSON number: the stores redact every string of a record, and the number was written as it was.

const ACCOUNT = "731946285017";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-numeric-secret-");
});
afterEach(async () => {
  await repo.cleanup();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => readFile(join(entry.parentPath, entry.name), "utf8")));
}

describe("a secret that is a number", () => {
  it("that a step returns as a JSON number is not written to its state record", async () => {
    const source = [
      "await Bun.stdin.text();",
      `console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "deployed", outputs: { account: ${ACCOUNT}, region: "eu-west-1" }, details: { accounts: [${ACCOUNT}] } }));`,
    ].join("\n");
    await writeFlow(repo.dir, { name: "deploy", steps: [{ name: "aws", trigger: "push", source }] });
    await runInProcess({
      workspace: repo.dir,
      eventName: "push",
      payload: { ref: "refs/heads/main", after: "a".repeat(40), before: "0".repeat(40), repository: { full_name: "octo-org/octo-repo" } },
      inputs: { state: "file", checks: "off", comment: "off", redact: ACCOUNT },
    });
    const records = await filesUnder(join(repo.dir, ".codex"));
    const text = records.join("\n");
    expect(text).toContain('"region": "eu-west-1"');
    // The step's stdout line, redacted as text, and the parsed result, redacted as a value.
    expect(text).toContain('"account": "***"');
    expect(text).not.toContain(ACCOUNT);
  }, 60_000);
});
