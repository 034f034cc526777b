import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { pullRequestOpened } from "../helpers/pull-request-examples.js";
import { runDistAction } from "../helpers/run-action.js";

// Where else a step may put a secret, through the shipped action (dist/index.js) against the
// OpenAPI-checked GitHub: across a 64 KiB chunk of its stdout, in the keys of its FLOW_RESULT
// (artifacts, outputs), in annotation titles and paths (file names), as base64 at each of the
// three byte offsets, percent-encoded in a query string and a form body, and right at each of the
// reports' length caps (where a cut made before redacting would leave its leading part). A
// step per cap. No 8 characters of the secret, nor of its encodings, may reach the log, the
// summary, the outputs, an API body or a state record. (URLSearchParams' `%7E` for `~` did.)

const opened = pullRequestOpened();
const repository = opened.repository.full_name;
const TOKEN = "ghs_redTeamJobToken0123456789abcdefABCD";
const SECRET = "Az8Q~rt*Secret_value.0123~x!(y)";
/** The reports' caps on a title, a message, an annotation, a name (src/report, src/action). */
const CAPS = [80, 200, 255, 300, 500, 1000, 2000, 4096, 8192, 16384];

const step = (cap: number): string => `
const context = JSON.parse(await Bun.stdin.text());
const token = ${JSON.stringify(TOKEN)};
const secret = ${JSON.stringify(SECRET)};
// Across chunk boundaries of stdout.
await Bun.write(Bun.stdout, "y".repeat(65533) + secret.slice(0, 9));
await Bun.sleep(200);
await Bun.write(Bun.stdout, secret.slice(9) + "\\n");
const b64 = [0, 1, 2].map((k) => Buffer.from("x".repeat(k) + secret + "z").toString("base64"));
for (const each of b64) console.log("b64 " + each);
const urls = [
  "https://example.com/cb?state=" + encodeURIComponent(secret) + "&n=1",
  "https://example.com/cb?" + new URLSearchParams({ state: secret, n: "1" }).toString(),
  new URLSearchParams({ client_secret: secret, grant_type: "client_credentials" }).toString(),
];
for (const url of urls) console.log("url " + url);
const lead = "m".repeat(${cap} - 6);
console.log("FLOW_RESULT " + JSON.stringify({
  status: "needs_intervention",
  message: lead + secret + " tail " + urls.join(" ") + " " + b64.join(" "),
  artifacts: { [token]: "v", ["report-" + secret + ".txt"]: { [secret]: 1 }, ["f" + lead + secret]: 2 },
  annotations: [{ path: "docs/" + secret + ".md", line: 1, message: lead + secret, title: lead + secret }, { path: "x" + lead + secret, line: 2, message: "m", title: secret }],
  outputs: { [secret]: token, [lead + secret]: 1 },
  eventId: context.runtime.eventId,
}));
`;

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-redteam-");
  server = await startGitHubApiServer();
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

async function filesUnder(dir: string): Promise<Array<[string, string]>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return Promise.all(entries.filter((entry) => entry.isFile()).map(async (entry) => [join(entry.parentPath, entry.name), await readFile(join(entry.parentPath, entry.name), "utf8")] as [string, string]));
}

/** Every 8 to 12 characters in a row of the secret, the token and their encodings: what a leak would show. */
function fragments(): string[] {
  const out: string[] = [];
  const add = (text: string, n = 8) => {
    for (let at = 0; at + n <= text.length; at++) out.push(text.slice(at, at + n));
  };
  add(SECRET);
  add(TOKEN, 10);
  for (const k of [0, 1, 2]) add(Buffer.from(`${"x".repeat(k)}${SECRET}z`).toString("base64").slice(4, -4), 12);
  add(encodeURIComponent(SECRET), 10);
  add(new URLSearchParams({ s: SECRET }).toString().slice(2), 10);
  return out;
}

function leaks(text: string): string[] {
  return [...new Set(fragments().filter((f) => text.includes(f)))];
}

describe("a secret wherever a step puts it", () => {
  it("reaches no channel, in keys, titles, file names, encodings or at a cap", async () => {
    for (const cap of CAPS) await writeFlow(repo.dir, { name: `f${cap}`, steps: [{ name: "leak", trigger: "pull_request.*", source: step(cap) }] });
    const stateDir = join(repo.dir, "state");
    const result = await runDistAction({
      workspace: repo.dir,
      eventName: "pull_request",
      payload: opened,
      inputs: { "github-token": TOKEN, redact: `${SECRET}\n`, state: "file", "state-dir": stateDir, checks: "per-step", comment: "on-pr" },
      env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_SHA: "e".repeat(40) },
    });
    expect(result.code, result.stderr).toBe(0);
    const found: Record<string, string[]> = {};
    const note = (what: string, text: string) => {
      const l = leaks(text);
      if (l.length > 0) found[what] = l;
    };
    note("stdout", result.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::")).join("\n"));
    note("stderr", result.stderr);
    note("summary", result.summary);
    for (const [name, value] of Object.entries(result.outputs)) note(`output ${name}`, value);
    for (const request of server.requests) note(`${request.method} ${request.path}`, JSON.stringify(request.body ?? ""));
    for (const [path, text] of await filesUnder(stateDir)) note(path, text);
    // It really ran and reported: every step's result reached GitHub and the summary, redacted.
    expect(server.github.checkRuns.list(repository)).toHaveLength(CAPS.length);
    expect(result.summary).toContain("***");
    server.assertNoViolations();
    expect(found).toEqual({});
  }, 180_000);
});
