import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContractViolation } from "../../src/contract-errors.js";
import { describeError } from "../../src/describe-error.js";
import { FlowManifestError } from "../../src/flows/diagnostics.js";
import { isUserError, UserError } from "../../src/user-error.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const LAUNCHER = join(ROOT, "dist", "cli", "index.js");
const run = promisify(execFile);

/**
 * The `flows` command as it ships, as a real process on Node (FLOWS_CLI_HOST=node: no hand-over
 * to Bun; test/cli/output-failures.test.ts runs both hosts): exit code, stdout, stderr.
 */
async function flows(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [LAUNCHER, "--no-color", ...args], {
      cwd,
      env: { ...process.env, GITHUB_TOKEN: "", GH_TOKEN: "", NO_COLOR: "1", FLOWS_CLI_HOST: "node" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const STACK_LINE = /^\s+at /m;
const BUG = "This is a bug in flows-action";

let dir: string;
beforeAll(async () => {
  await ensureFreshDist();
  dir = await mkdtemp(join(tmpdir(), "flows-user-errors-"));
  await writeFile(join(dir, "broken.json"), '{"id": "e1", "type": ');
  await writeFile(join(dir, "no-type.json"), '{"id": "e1"}');
}, DIST_BUILD_WAIT_MS);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("user mistakes through the real flows command", () => {
  it("a branch store on a folder that does not exist says what to pass, without a stack", async () => {
    const result = await flows(dir, "events", "--state", "branch", "--repo", "./no-such-dir");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("it is not a git checkout");
    expect(result.stderr).toContain("Pass the repository directory or its URL.");
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toContain(BUG);
  });

  it.each([
    ["a missing event file", ["fire", "--event", "missing.json"], /missing\.json/],
    ["an event file that is not JSON", ["fire", "--event", "broken.json"], /broken\.json/],
    ["an event without a type", ["fire", "--event", "no-type.json"], /type/],
    ["an unknown state kind", ["events", "--state", "bogus"], /--state must be file, branch, artifact or none/],
    ["artifact state without a token", ["events", "--state", "artifact"], /GITHUB_TOKEN/],
  ])("%s is a message without a stack", async (_, args, message) => {
    const result = await flows(dir, ...(args as string[]));
    expect(result.code).toBeGreaterThan(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toContain(BUG);
  });
});

describe("describeError", () => {
  it("shows a UserError with its place and hint, and no stack", () => {
    const error = new UserError("timeout_ms must be a number.", { file: "flows/a/flow.toml", line: 7, column: 1, hint: "Write timeout_ms = 60000." });
    expect(describeError(error)).toBe("flows/a/flow.toml:7:1: timeout_ms must be a number.\nWrite timeout_ms = 60000.");
  });

  it("treats anything else as a bug: its stack and a request to report it", () => {
    const text = describeError(new TypeError("x is undefined"));
    expect(text).toMatch(/^TypeError: x is undefined\n\s+at /);
    expect(text).toContain(BUG);
    expect(describeError("thrown text")).toContain(BUG);
  });

  it("knows the typed errors of each area as user errors", () => {
    expect(isUserError(new FlowManifestError({ severity: "error", file: "f.toml", line: 2, message: "name is missing." }))).toBe(true);
    expect(describeError(new FlowManifestError({ severity: "error", file: "f.toml", line: 2, message: "name is missing." }))).toBe("f.toml:2: name is missing.");
    const violation = new ContractViolation("event-record.schema.json", "runs[0].id", "runs[0].id must be a string", "state/ab.json");
    expect(describeError(violation)).toBe("state/ab.json: runs[0].id must be a string");
  });
});
