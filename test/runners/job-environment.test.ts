// #13 item 4: a step cannot drive later steps of the job through the runner's files unless the
// workflow opts in with `export-env: true`. Runs the action's code path (`flows github`).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { cliTestEnv } from "../helpers/cli.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";

const WRITER = `import { appendFileSync } from "node:fs";
await Bun.stdin.text();
const seen = { env: process.env.GITHUB_ENV ?? null, path: process.env.GITHUB_PATH ?? null };
if (process.env.GITHUB_ENV) appendFileSync(process.env.GITHUB_ENV, "NODE_OPTIONS=--require /tmp/evil.js\\n");
if (process.env.GITHUB_PATH) appendFileSync(process.env.GITHUB_PATH, "/tmp/evil-bin\\n");
console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", seen }));
`;

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-job-env-");
  await writeFlow(repo.dir, { name: "exporter", steps: [{ name: "write", trigger: "push", source: WRITER }] });
  await writeFile(join(repo.dir, "push.json"), JSON.stringify({ ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "o/r" } }));
  await writeFile(join(repo.dir, "github-env"), "");
  await writeFile(join(repo.dir, "github-path"), "");
});
afterEach(async () => {
  await repo.cleanup();
});

async function runAction(...inputs: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(
    ["github", "--repo", repo.dir, "--event-name", "push", "--event-path", join(repo.dir, "push.json"), "--state", "none", "--json", ...inputs],
    {
      env: cliTestEnv({
        GITHUB_ENV: join(repo.dir, "github-env"),
        GITHUB_PATH: join(repo.dir, "github-path"),
      }),
      out: (text) => {
        out += text;
      },
      err: (text) => {
        err += text;
      },
    },
  );
  return { code, out, err };
}

describe("the runner's job files", () => {
  it("a step cannot write NODE_OPTIONS into GITHUB_ENV by default", async () => {
    const { code, out, err } = await runAction();
    expect(code, err).toBe(0);
    const results = JSON.parse(JSON.parse(out).outputs.results);
    expect(results[0].resultPayload.seen).toEqual({ env: null, path: null });
    expect(await readFile(join(repo.dir, "github-env"), "utf8")).toBe("");
    expect(await readFile(join(repo.dir, "github-path"), "utf8")).toBe("");
  });

  it("a workflow that sets export-env: true lets steps export variables and PATH entries to later job steps", async () => {
    const { code, err } = await runAction("--input", "export-env=true");
    expect(code, err).toBe(0);
    expect(await readFile(join(repo.dir, "github-env"), "utf8")).toBe("NODE_OPTIONS=--require /tmp/evil.js\n");
    expect(await readFile(join(repo.dir, "github-path"), "utf8")).toBe("/tmp/evil-bin\n");
  });
});
