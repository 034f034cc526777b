import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { type ActionRun, runDistAction } from "../helpers/run-action.js";

// The ways a real Bun step may print a secret, through the shipped action (dist/index.js):
// a byte at a time, split across writes with pauses, by a grandchild process, on stdout and
// stderr in turns, as `base64` wraps git's basic auth, JSON-escaped (a secret with a quote and
// a backslash), a PEM key's lines, one secret inside another, and in JSON text inside a
// result. None of it may reach the log, the summary, the outputs or the state records.

const TOKEN = "ghs_chanJobToken0123456789abcdefABCDEF";
const QUOTED = 'db-pa"ss\\word-7731';
const SHORTER = "inner-key-4417";
const LONGER = `outer-${SHORTER}-suffix`;
const PEM_LINE = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";
const PEM = `-----BEGIN PRIVATE KEY-----\n${PEM_LINE}\nq1w2e3r4t5y6u7i8o9p0AaSsDdFfGgHhJjKkLlZzXxCcVvBbNnMm\n-----END PRIVATE KEY-----`;
const FRAGMENTS = [TOKEN, QUOTED, JSON.stringify(QUOTED).slice(1, -1), JSON.stringify(JSON.stringify(QUOTED)).slice(1, -1), SHORTER, PEM_LINE];

const STEP = `
import { spawnSync } from "node:child_process";
await Bun.stdin.text();
const token = ${JSON.stringify(TOKEN)};
const quoted = ${JSON.stringify(QUOTED)};
const pem = ${JSON.stringify(PEM)};
// A byte at a time, then split across two writes with a pause between.
for (const byte of Buffer.from("bytes " + token + "\\n")) await Bun.write(Bun.stdout, new Uint8Array([byte]));
await Bun.write(Bun.stdout, "split " + token.slice(0, 15));
await Bun.sleep(400);
await Bun.write(Bun.stdout, token.slice(15) + "\\n");
// A grandchild, on stdout and on stderr.
spawnSync("sh", ["-c", 'echo "grandchild $T"; echo "grandchild err $T" >&2'], { env: { ...process.env, T: token }, stdio: "inherit" });
// stdout and stderr in turns, each mid-line across the other.
process.stdout.write("out-a " + token.slice(0, 20));
process.stderr.write("err-a " + quoted.slice(0, 6));
process.stdout.write(token.slice(20) + "\\n");
process.stderr.write(quoted.slice(6) + "\\n");
// git's basic auth as base64 prints it, 76 columns.
const basic = Buffer.from("x-access-token:" + token + ":" + quoted).toString("base64");
console.log(basic.match(/.{1,76}/g).join("\\n"));
// JSON-escaped, a PEM key's lines, a secret inside another.
console.log(JSON.stringify({ password: quoted }));
console.log(pem);
console.log("longer " + ${JSON.stringify(LONGER)} + " and shorter " + ${JSON.stringify(SHORTER)});
console.log("FLOW_RESULT " + JSON.stringify({
  status: "completed",
  message: "api said " + JSON.stringify({ password: quoted, token }),
  details: { pem, basic: basic.match(/.{1,76}/g).join("\\n") },
  annotations: [{ path: "README.md", line: 1, message: "key " + ${JSON.stringify(LONGER)}, title: quoted }],
  outputs: { token, quoted },
}));
`;

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-secret-channels-");
});
afterEach(async () => {
  await repo.cleanup();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => readFile(join(entry.parentPath, entry.name), "utf8")));
}

function expectNoFragment(what: string, text: string): void {
  for (const fragment of FRAGMENTS) expect(text.includes(fragment), `${what} holds ${fragment}`).toBe(false);
  const base64 = Buffer.from(`x-access-token:${TOKEN}:${QUOTED}`).toString("base64");
  // No 24 characters in a row of the basic auth's base64 past its known prefix.
  for (let at = 20; at + 24 <= base64.length - 4; at += 8) expect(text.includes(base64.slice(at, at + 24)), `${what} holds base64 at ${at}`).toBe(false);
}

describe("a step that prints secrets every way it can", () => {
  it("publishes none of them: log, summary, outputs, state records", async () => {
    await writeFlow(repo.dir, { name: "leaky", steps: [{ name: "print", trigger: "push", source: STEP }] });
    const run: ActionRun = await runDistAction({
      workspace: repo.dir,
      eventName: "push",
      payload: { ref: "refs/heads/main", after: "a".repeat(40), before: "0".repeat(40), repository: { full_name: "octo-org/octo-repo" } },
      inputs: { "github-token": TOKEN, redact: `${QUOTED}\n${SHORTER}\n${LONGER}\n${PEM}\n`, checks: "off", comment: "off", state: "file" },
    });
    expect(run.code, run.stderr).toBe(0);
    const log = run.stdout
      .split("\n")
      .filter((line) => !line.startsWith("::add-mask::"))
      .join("\n");
    // The step's lines reached the log, masked.
    expect(log).toContain("bytes ***");
    expect(log).toContain("split ***");
    expect(log).toContain("grandchild ***");
    expect(log).toContain("grandchild err ***");
    expect(log).toContain("longer *** and shorter ***");
    expectNoFragment("the log", log);
    expectNoFragment("the job summary", run.summary);
    for (const [name, value] of Object.entries(run.outputs)) expectNoFragment(`output ${name}`, value);
    const records = await filesUnder(join(repo.dir, ".codex"));
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expectNoFragment("a state record", record);
  }, 120_000);
});
