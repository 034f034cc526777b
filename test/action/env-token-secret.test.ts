import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { INHERITED_TOKEN_VARIABLES, stepEnvironment } from "../../src/runners/environment.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";

// Flow steps inherit the action's environment. A workflow that sets `env: GH_TOKEN:` (for the
// `gh` a step runs) gives the steps a token the action never registered: the runner masks it in
// the log, but nothing masks what the action itself publishes (records, summary, check runs,
// outputs), and a token of no GitHub shape (a classic 40-hex one, another host's) went out there.
// `flows` redacted the same variables already.

const TOKENS: Record<string, string> = {
  GH_TOKEN: "0123456789abcdef0123456789abcdef01234567",
  GITHUB_TOKEN: "legacy-token-Jq7w-0000000000000000",
};

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-env-token-");
});
afterEach(async () => {
  await repo.cleanup();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => readFile(join(entry.parentPath, entry.name), "utf8")));
}

describe("tokens in the action's environment", () => {
  it("are the ones steps inherit", () => {
    const env = stepEnvironment({ ...TOKENS, ACTIONS_RUNTIME_TOKEN: "runtime-jwt" });
    expect(Object.keys(env).filter((name) => name.endsWith("_TOKEN")).sort()).toEqual([...INHERITED_TOKEN_VARIABLES].sort());
  });

  it("that a step prints are redacted from the state record it writes", async () => {
    const source = [
      "await Bun.stdin.text();",
      'console.log("gh says: token " + process.env.GH_TOKEN + " and " + process.env.GITHUB_TOKEN);',
      'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "used " + process.env.GH_TOKEN, outputs: { t: process.env.GITHUB_TOKEN } }));',
    ].join("\n");
    await writeFlow(repo.dir, { name: "gh", steps: [{ name: "call", trigger: "push", source }] });
    await runInProcess({
      workspace: repo.dir,
      eventName: "push",
      payload: { ref: "refs/heads/main", after: "a".repeat(40), before: "0".repeat(40), repository: { full_name: "octo-org/octo-repo" } },
      inputs: { state: "file", checks: "off", comment: "off" },
      env: TOKENS,
    });
    const records = await filesUnder(join(repo.dir, ".codex"));
    expect(records.join("\n")).toContain("used ***");
    for (const record of records) for (const token of Object.values(TOKENS)) expect(record).not.toContain(token);
  }, 60_000);
});
