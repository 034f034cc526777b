import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { findZipEntry } from "../../src/zip-entry.js";
import { type ActionsResultsServer, startActionsResultsServer } from "../support/actions-results-server.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { pullRequestOpened, pullRequestOpenedFromFork } from "../helpers/pull-request-examples.js";
import { type ActionRun, runDistAction } from "../helpers/run-action.js";

// #13: a step that prints the token, a value the workflow registered and workflow commands,
// through the shipped action (dist/index.js — run `npm run bundle` first) against the
// OpenAPI-checked GitHub: not one request body, summary line, output, state record or handover
// byte carries a secret.

const opened = pullRequestOpened();
const repository = opened.repository.full_name;

const TOKEN = "ghs_e2eJobToken0123456789abcdefABCDEF";
const REGISTERED = "registered-deploy-key-5678";
const URL_PASSWORD = "url-password-9012";
// Registered nowhere: only its shape gives it away, after markdown escaping (`\_`) and inside
// JSON text (`\nghp_…`) too.
const UNREGISTERED = `ghp_${"Z9y8X7w6V5u4".repeat(3)}`;
const SECRETS = [TOKEN, REGISTERED, URL_PASSWORD, UNREGISTERED];

// The step knows the secrets (as a real one would from its environment) and does its worst.
const LEAKY_STEP = `
const context = JSON.parse(await Bun.stdin.text());
const token = ${JSON.stringify(TOKEN)};
const registered = ${JSON.stringify(REGISTERED)};
const unregistered = ${JSON.stringify(UNREGISTERED)};
console.log("token: " + token);
console.log(JSON.stringify({ log: "first line\\n" + unregistered }));
console.log("registered: " + registered);
console.log("::add-mask::step-mask-value");
console.log("::error title=pwned::leaked " + token);
console.log("::stop-commands::pwnedtoken");
console.log("::set-output name=pwned::" + registered);
console.error("clone https://x-access-token:${URL_PASSWORD}@github.com/octo/tool.git");
console.log("FLOW_RESULT " + JSON.stringify({
  status: "needs_intervention",
  message: "release notes mention " + token + " and " + registered + " and " + unregistered,
  annotations: [{ path: "README.md", line: 1, message: "key " + registered, title: token }],
  outputs: { token, nested: { deeper: [registered] } },
  eventId: context.runtime.eventId,
}));
`;

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-secrets-");
  server = await startGitHubApiServer();
  await writeFlow(repo.dir, { name: "notes", steps: [{ name: "leak", trigger: "pull_request.*", source: LEAKY_STEP }] });
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

/** Workflow commands the runner would act on: `::` lines outside stop-commands sections. */
function activeCommands(log: string): string[] {
  const active: string[] = [];
  let resumeToken: string | undefined;
  for (const raw of log.split(/\r?\n/)) {
    const line = raw.trimStart();
    if (resumeToken !== undefined) {
      if (line.trimEnd() === `::${resumeToken}::`) resumeToken = undefined;
      continue;
    }
    if (!line.startsWith("::")) continue;
    active.push(line);
    const stop = /^::stop-commands::(.+)$/.exec(line.trimEnd());
    if (stop) resumeToken = stop[1];
  }
  return active;
}

function expectNoSecret(what: string, text: string): void {
  for (const secret of SECRETS) expect(text.includes(secret), `${what} contains ${secret}`).toBe(false);
}

// The two steps below print a registered secret in forms nobody registered: one run of the
// action holds both (flows "quoted" and "python"), each test reads it for its own secret.
const QUOTED_SECRET = `it's a <quoted-s3cret>&"key"/v1`;
const QUOTED_STEP = `
const context = JSON.parse(await Bun.stdin.text());
const secret = ${JSON.stringify(QUOTED_SECRET)};
const forms = [
  "'" + secret.replaceAll("'", "'\\\\''") + "'", // git, shell-escape: 'it'\\''s …'
  "'" + secret.replaceAll("'", "'\\"'\\"'") + "'", // Python's shlex.quote
  Bun.spawnSync(["bash", "-c", 'printf %q "$1"', "bash", secret]).stdout.toString(), // printf %q
  secret.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;"),
  encodeURIComponent(secret).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase()).replaceAll("%2F", "/"),
  secret.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&apos;"), // XML's own
  '"' + secret.replace(/["\\\\$\`!]/g, "\\\\$&") + '"', // npm's shell-quote
  Bun.spawnSync(["python3", "-c", "import sys; print(repr(sys.argv[1]), repr(sys.argv[1].encode()), end='')", secret]).stdout.toString(), // Python's repr
];
if (!forms.at(-1).startsWith("'it\\\\'s a ")) throw new Error("python3 printed no repr");
for (const form of forms) console.log("running: deploy " + form);
console.log("FLOW_RESULT " + JSON.stringify({
  status: "needs_intervention",
  message: "quoted forms: " + forms.join(" | "),
  annotations: [{ path: "README.md", line: 1, message: forms.join(" "), title: forms[0] }],
  eventId: context.runtime.eventId,
}));
`;
const PYTHON_SECRET = "pässwörd-€-😀 s3cret-key";
const PYTHON_STEP = `
const context = JSON.parse(await Bun.stdin.text());
const secret = ${JSON.stringify(PYTHON_SECRET)};
const script = "import sys\\ns = sys.argv[1]\\nprint(ascii(s))\\nprint(repr(s), file=sys.stderr)\\nprint(s, file=sys.stderr)";
const python = (args, env) => {
  const child = Bun.spawnSync(["python3", ...args, "-c", script, secret], { env: { PATH: process.env.PATH, ...env } });
  return (child.stdout.toString() + child.stderr.toString()).trim().split("\\n");
};
const forms = [
  ...python([], { LC_ALL: "C.UTF-8" }),
  ...python([], { LC_ALL: "C.UTF-8", PYTHONIOENCODING: "ascii:backslashreplace" }),
  ...python(["-X", "utf8=0"], { LC_ALL: "C" }),
];
if (!forms.includes("'p\\\\xe4ssw\\\\xf6rd-\\\\u20ac-\\\\U0001f600 s3cret-key'")) throw new Error("python3 printed no ascii(): " + forms.join(" | "));
if (!forms.some((form) => form.includes("\\\\udcc3\\\\udca4"))) throw new Error("python3 printed no surrogate escapes: " + forms.join(" | "));
for (const form of forms) console.log("printed: " + form);
console.log("FLOW_RESULT " + JSON.stringify({
  status: "needs_intervention",
  message: "python forms: " + forms.join(" | "),
  eventId: context.runtime.eventId,
}));
`;

let escapedForms: Promise<{ result: ActionRun; server: GitHubApiServer; stateDir: string }> | undefined;
const sharedCleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of sharedCleanups) await cleanup();
});

function escapedFormsRun(): Promise<{ result: ActionRun; server: GitHubApiServer; stateDir: string }> {
  escapedForms ??= (async () => {
    const shared = await tempRepo("flows-secrets-forms-");
    sharedCleanups.push(shared.cleanup);
    const server = await startGitHubApiServer();
    sharedCleanups.unshift(() => server.close());
    await writeFlow(shared.dir, { name: "quoted", steps: [{ name: "leak", trigger: "pull_request.*", source: QUOTED_STEP }] });
    await writeFlow(shared.dir, { name: "python", steps: [{ name: "leak", trigger: "pull_request.*", source: PYTHON_STEP }] });
    const stateDir = join(shared.dir, "state");
    const result = await runDistAction({
      workspace: shared.dir,
      eventName: "pull_request",
      payload: opened,
      inputs: { "github-token": TOKEN, state: "file", "state-dir": stateDir, checks: "per-step", comment: "on-pr", redact: `${QUOTED_SECRET}\n${PYTHON_SECRET}\n` },
      env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_SHA: "e".repeat(40) },
    });
    return { result, server, stateDir };
  })();
  return escapedForms;
}

describe("secrets never leave the job", () => {
  it("keeps them out of API bodies, the summary, outputs and the state records of a same-repository pull request", async () => {
    const stateDir = join(repo.dir, "state");
    const result = await run(opened, { state: "file", "state-dir": stateDir, checks: "per-step", comment: "on-pr" });
    expect(result.code, result.stderr).toBe(0);

    // It really ran and reported: the step's result reached GitHub, redacted.
    const [check] = server.github.checkRuns.list(repository);
    expect(check?.output.title).toContain("release notes mention ***");
    const [comment] = server.github.comments.list(repository, opened.number);
    expect(comment?.body).toContain("***");
    const bodies = server.requests.filter((request) => request.body !== undefined);
    expect(bodies.length).toBeGreaterThanOrEqual(2);
    for (const request of bodies) expectNoSecret(`${request.method} ${request.path}`, JSON.stringify(request.body));
    server.assertNoViolations();

    expect(result.summary).toContain("***");
    expectNoSecret("the job summary", result.summary);
    expect(Object.keys(result.outputs)).toContain("results");
    expect(result.outputs.results).toContain("release notes mention ***");
    for (const [name, value] of Object.entries(result.outputs)) expectNoSecret(`output ${name}`, value);

    // The runner log: no secret, and no workflow command the step printed takes effect.
    // (The action's own `::add-mask::` commands carry the secrets to the runner, which shows
    // none of them.)
    expect(result.stdout).toContain("::error title=pwned::leaked ***");
    const commands = activeCommands(result.stdout);
    const shown = result.stdout.split("\n").filter((line) => !(line.startsWith("::add-mask::") && commands.includes(line)));
    expectNoSecret("the runner log", shown.join("\n"));
    expect(commands.filter((command) => /pwned|set-output/.test(command))).toEqual([]);
    // But for add-mask, which the action does itself (src/action/step-masks.ts): only masks.
    expect(commands).toContain("::add-mask::step-mask-value");
    expect(shown.join("\n")).not.toContain("step-mask-value");

    const records = await filesUnder(stateDir);
    expect(records.length).toBeGreaterThan(0);
    expect(records.join("\n")).toContain("release notes mention ***");
    for (const record of records) expectNoSecret("a state record", record);
  }, 120_000);

  // A step that shows a command it runs prints the secret quoted for the shell; one that renders
  // HTML, escaped for it (also with XML's `&apos;`); Python's urllib.parse.quote keeps its `/`;
  // npm's shell-quote writes double quotes, Python's repr `'it\'s "…"'`. None of these forms was
  // registered, and each reached the summary, the comment and the check run as it was.
  it("keeps out a registered secret quoted for a shell, escaped for HTML and percent-encoded as Python does", async () => {
    const { result, server, stateDir } = await escapedFormsRun();
    expect(result.code, result.stderr).toBe(0);
    const leaks = (text: string): boolean => text.includes("quoted-s3cret");
    expect(result.summary).toContain("quoted forms: ");
    expect(leaks(result.summary), "the job summary").toBe(false);
    const check = server.github.checkRuns.list(repository).find((each) => each.output.title?.includes("quoted forms: "));
    expect(check?.output.title).toContain("quoted forms: ");
    const [comment] = server.github.comments.list(repository, opened.number);
    expect(comment?.body).toContain("quoted forms: ");
    for (const request of server.requests) expect(leaks(JSON.stringify(request.body ?? "")), `${request.method} ${request.path}`).toBe(false);
    server.assertNoViolations();
    for (const [name, value] of Object.entries(result.outputs)) expect(leaks(value), `output ${name}`).toBe(false);
    const shown = result.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::"));
    expect(shown.join("\n")).toContain("running: deploy ");
    expect(leaks(shown.join("\n")), "the runner log").toBe(false);
    for (const record of await filesUnder(stateDir)) expect(leaks(record), "a state record").toBe(false);
  }, 120_000);

  // Python writes a secret's non-ASCII characters as escapes where only ASCII goes: ascii(),
  // repr() and the text on a stream with `backslashreplace` (standard error in the C locale), and
  // with `-X utf8=0` in the C locale each byte as a surrogate escape. None was registered.
  it("keeps out a registered secret with non-ASCII as Python escapes it: ascii(), backslashreplace, -X utf8=0", async () => {
    const { result, server, stateDir } = await escapedFormsRun();
    expect(result.code, result.stderr).toBe(0);
    const leaks = (text: string): boolean => text.includes("s3cret-key");
    expect(result.summary).toContain("python forms: ");
    expect(leaks(result.summary), "the job summary").toBe(false);
    for (const request of server.requests) expect(leaks(JSON.stringify(request.body ?? "")), `${request.method} ${request.path}`).toBe(false);
    server.assertNoViolations();
    for (const [name, value] of Object.entries(result.outputs)) expect(leaks(value), `output ${name}`).toBe(false);
    const shown = result.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::"));
    expect(shown.join("\n")).toContain("printed: ");
    expect(leaks(shown.join("\n")), "the runner log").toBe(false);
    for (const record of await filesUnder(stateDir)) expect(leaks(record), "a state record").toBe(false);
  }, 120_000);

  it("keeps them out of the handover a fork's pull request uploads, byte for byte", async () => {
    const fork = pullRequestOpenedFromFork();
    let results: ActionsResultsServer | undefined;
    try {
      results = await startActionsResultsServer({ github: server, repository });
      const runnerTemp = join(repo.dir, "runner-temp");
      const result = await run(fork, { state: "none" }, { ...results.runtimeEnv({ runId: 4242 }), RUNNER_TEMP: runnerTemp, GITHUB_RUN_ID: "4242" });
      expect(result.code, result.stderr).toBe(0);

      const file = await readFile(join(runnerTemp, "flows-report", "flows-report.json"), "utf8");
      expect(file).toContain("release notes mention ***");
      expectNoSecret("the handover file", file);
      const [upload] = results.uploads;
      const unpacked = Buffer.from(findZipEntry(upload?.bytes ?? new Uint8Array(), "flows-report.json", { maxBytes: 64 * 1024 * 1024 }) ?? []).toString("utf8");
      expect(unpacked).toBe(file);
      for (const request of server.requests) expectNoSecret(`${request.method} ${request.path}`, JSON.stringify(request.body ?? ""));
      expectNoSecret("the job summary", result.summary);
      results.assertNoViolations();
    } finally {
      await results?.close();
    }
  }, 120_000);
});
