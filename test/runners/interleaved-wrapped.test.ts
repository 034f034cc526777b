import { createRequire } from "node:module";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

// A step's output tail keeps stdout and stderr in the order they came. A tool that prints a
// secret's base64 on stdout, wrapped at 76 columns, while progress lines go to stderr: in the
// combined order a stderr line fell between two wrapped lines, the wrapped text was searched in
// two runs neither of which held the secret's encoding whole, and the lines after the stderr
// line stayed in the record, the summary and the check run as they were printed. (The pauses
// are longer than the live log holds wrapped lines, so that the streams interleave in the tail
// whatever the load; the live log's holding is tested in test/action/log-groups.test.ts.)

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const push = examples.find((g) => g.name === "push")?.examples.find((e) => (e.commits as unknown[]).length > 0) as { repository: { full_name: string } };
const repository = push.repository.full_name;

const SECRET = "interleavedDeployKey-0123456789-abcdefghijKLMNOPqrstuvwxyz-9876543210-ZYXWVUTSRQ-qwertyuiop-asdfghjkl-zxcvbnm-1357924680";
const ENCODED = Buffer.from(`x-access-token:${SECRET}`).toString("base64");
const WRAPPED = ENCODED.match(/.{1,76}/g)!;
// The characters that depend on the secret alone: `x-access-token:` is 15 bytes, 20 characters.
const SECRET_CHARS = { from: 20, to: Math.floor((8 * (15 + SECRET.length)) / 6) };

/** Ten characters of the secret's encoding, within one wrapped line, that `text` shows. */
function partShown(text: string): string | undefined {
  for (let line = 0, at = 0; line < WRAPPED.length; at += WRAPPED[line]!.length, line++) {
    const from = Math.max(at, SECRET_CHARS.from);
    const to = Math.min(at + WRAPPED[line]!.length, SECRET_CHARS.to);
    for (let i = from; i + 10 <= to; i++) if (text.includes(ENCODED.slice(i, i + 10))) return ENCODED.slice(i, i + 10);
  }
  return undefined;
}

const STEP = `
const lines = ${JSON.stringify(WRAPPED)};
for (const [i, line] of lines.entries()) {
  process.stdout.write(line + "\\n");
  await Bun.sleep(150);
  process.stderr.write("progress " + (i + 1) + "/" + lines.length + "\\n");
  await Bun.sleep(150);
}
console.log("done");
process.exit(1);
`;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => readFile(join(entry.parentPath, entry.name), "utf8")));
}

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-interleaved-");
  server = await startGitHubApiServer();
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

describe("a secret's wrapped base64 on stdout with stderr lines between its lines", () => {
  it("is masked in the state record, the summary, the check run and the outputs", async () => {
    expect(WRAPPED.length).toBeGreaterThanOrEqual(3);
    await writeFlow(repo.dir, { name: "wrapped", steps: [{ name: "encode", trigger: "push", source: STEP }] });
    const stateDir = join(repo.dir, "state");
    const run = await runInProcess({
      workspace: repo.dir,
      eventName: "push",
      payload: push,
      inputs: {
        "github-token": "ghs_interleavedJobToken0123456789abcdef",
        state: "file",
        "state-dir": stateDir,
        checks: "per-step",
        comment: "off",
        "fail-on": "none",
        redact: SECRET,
      },
      env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository },
    });
    expect(run.code, run.stdout).toBe(0);
    const records = await filesUnder(stateDir);
    const record = records.find((text) => text.includes("progress 1/"));
    // The streams did interleave in the tail (else the test shows nothing).
    expect(record, records.join("\n")).toBeDefined();
    expect(record).toMatch(/\*\*\*[^"]*progress 1\//);
    const [check] = server.github.checkRuns.list(repository);
    const texts: Array<[string, string]> = [
      ["the state records", records.join("\n")],
      ["the check run", JSON.stringify(check?.output)],
      ["the summary", run.summary],
      ["the outputs", JSON.stringify(run.outputs)],
    ];
    for (const [where, text] of texts) expect(partShown(text), `${where}: ${text.slice(0, 3000)}`).toBeUndefined();
    server.assertNoViolations();
  }, 60_000);
});
