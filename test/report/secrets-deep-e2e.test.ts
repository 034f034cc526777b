import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { cliTestEnv, runCli, writeEventFile } from "../helpers/cli.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { pullRequestOpened } from "../helpers/pull-request-examples.js";
import { runDistAction } from "../helpers/run-action.js";

// Red team of what leaves the process, through the shipped action (dist/index.js) against the
// OpenAPI-checked GitHub and through `flows fire`: a step that prints the token split across two
// writes inside a clone URL (`https://x-access-token:TOKEN@github.com`), a registered secret in a
// request body logged three levels deep (JSON text in a JSON string in a JSON string), in an
// error's stack on stderr, in an error it throws, and in its FLOW_RESULT's message (the check
// run's title), an annotation's title and its outputs. The secret three levels deep reached every
// channel: the forms registered were escaped once and twice only.

const opened = pullRequestOpened();
const repository = opened.repository.full_name;
const TOKEN = "ghs_deepJobToken0123456789abcdefABCDEF";
const SECRET = 'db-pa"ss\\word-7731-zz';

const STEP = (fail: "result" | "throw") => `
const context = JSON.parse(await Bun.stdin.text());
const token = process.env.T ?? ${JSON.stringify(TOKEN)};
const secret = ${JSON.stringify(SECRET)};
const deep = (text, depth) => { for (let i = 0; i < depth; i++) text = JSON.stringify(text).slice(1, -1); return text; };
// The token across two writes, in a clone URL.
await Bun.write(Bun.stdout, "cloning https://x-access-token:" + token.slice(0, 12));
await Bun.sleep(300);
await Bun.write(Bun.stdout, token.slice(12) + "@github.com/o/r.git\\n");
// A request body logged with its JSON field, quoted once more: three levels deep.
const body = deep(JSON.stringify({ body: JSON.stringify({ password: secret }) }), 1);
console.log("request " + body);
console.error(new Error("auth failed: " + body).stack);
${
  fail === "throw"
    ? `throw new Error("upstream answered " + body);`
    : `console.log("FLOW_RESULT " + JSON.stringify({
  status: "failed",
  message: "api said " + body,
  annotations: [{ path: "README.md", line: 1, message: "bad " + body, title: deep(secret, 3) }],
  outputs: { body, clone: "https://x-access-token:" + token + "@github.com/o/r.git" },
  eventId: context.runtime.eventId,
}));`
}
`;

/** What a leak would show: 8 characters in a row of the secret's words, 10 of the token. */
function leaks(text: string): string[] {
  const fragments = ["db-pa", "word-7731", "7731-zz"];
  for (let at = 0; at + 10 <= TOKEN.length; at++) fragments.push(TOKEN.slice(at, at + 10));
  return fragments.filter((fragment) => text.includes(fragment));
}

async function filesUnder(dir: string): Promise<Array<[string, string]>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return Promise.all(entries.filter((entry) => entry.isFile()).map(async (entry) => [join(entry.parentPath, entry.name), await readFile(join(entry.parentPath, entry.name), "utf8")] as [string, string]));
}

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-redteam-deep-");
  server = await startGitHubApiServer();
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

describe("a secret a step prints three levels deep, split, in a URL, a stack or its result", () => {
  it("reaches no channel of the action: log, summary, outputs, check runs, annotations, comment, state records", async () => {
    await writeFlow(repo.dir, {
      name: "leaky",
      steps: [
        { name: "result", trigger: "pull_request.*", source: STEP("result") },
        { name: "throws", trigger: "pull_request.*", source: STEP("throw") },
      ],
    });
    const stateDir = join(repo.dir, "state");
    const result = await runDistAction({
      workspace: repo.dir,
      eventName: "pull_request",
      payload: opened,
      inputs: { "github-token": TOKEN, redact: `${SECRET}\n`, state: "file", "state-dir": stateDir, checks: "per-step", comment: "on-pr", "fail-on": "none" },
      env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_SHA: "e".repeat(40) },
    });
    expect(result.code, result.stderr).toBe(0);
    const found: Record<string, string[]> = {};
    const note = (what: string, text: string) => {
      const each = leaks(text);
      if (each.length > 0) found[what] = each;
    };
    note("stdout", result.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::")).join("\n"));
    note("stderr", result.stderr);
    note("summary", result.summary);
    for (const [name, value] of Object.entries(result.outputs)) note(`output ${name}`, value);
    for (const request of server.requests) note(`${request.method} ${request.path}`, JSON.stringify(request.body ?? ""));
    const records = await filesUnder(stateDir);
    for (const [path, text] of records) note(path, text);
    // It really ran and reported: both steps' check runs, the comment, the records, redacted.
    expect(server.github.checkRuns.list(repository)).toHaveLength(2);
    expect(server.requests.some((request) => request.method === "POST" && request.path.includes("/comments"))).toBe(true);
    expect(records.length).toBeGreaterThan(0);
    expect(result.summary).toContain("***");
    server.assertNoViolations();
    expect(found).toEqual({});
  }, 180_000);

  it("reaches neither `flows fire`'s stdout and stderr nor its --json document", async () => {
    // The CLI registers the environment's tokens: here one holding a quote and a backslash.
    await writeFlow(repo.dir, {
      name: "leaky",
      steps: [
        { name: "result", trigger: "test.event", source: STEP("result").replace("process.env.T ??", "process.env.GH_TOKEN ??") },
        { name: "throws", trigger: "test.event", source: STEP("throw").replace("process.env.T ??", "process.env.GH_TOKEN ??") },
      ],
    });
    const event = await writeEventFile(repo.dir, { id: "test:event:1", type: "test.event", source: "test", payload: {} });
    const env = cliTestEnv({ GH_TOKEN: SECRET, GITHUB_TOKEN: TOKEN });
    for (const json of [false, true]) {
      const run = await runCli(["--repo", repo.dir, "--no-color", "fire", "--event", event, "--state-dir", join(repo.dir, `state-${json}`), ...(json ? ["--json"] : [])], env);
      expect(run.out + run.err).toContain("***");
      expect({ json, out: leaks(run.out), err: leaks(run.err) }).toEqual({ json, out: [], err: [] });
      for (const [path, text] of await filesUnder(join(repo.dir, `state-${json}`))) expect(leaks(text), path).toEqual([]);
    }
  }, 120_000);
});
