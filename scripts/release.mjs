// Tags a release whose reusable workflow calls the action at a fixed commit.
//
//   node scripts/release.mjs v1.2.3 [--dry-run] [--no-check-dist]
//
// .github/workflows/flows.yml calls the action as `peezy/flows-action@v1` on main. A caller that
// pins the workflow (`flows.yml@v1.2.3`, or by commit) would still get whatever `v1` of the action
// is on the day it runs: GitHub gives a called workflow no context naming its own commit
// (`github.job_workflow_sha` is empty there: actions/runner#2417), so the file cannot say "the
// action of this same commit" by itself. This script makes a release commit on top of HEAD whose
// only change is that line, `peezy/flows-action@<HEAD's sha> # v1.2.3`, and tags it `v1.2.3` and
// `v1`. HEAD's action.yml and dist/ are the release commit's own, so the workflow and the action
// of one release are the same code. main keeps `@v1`; nothing is pushed.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const WORKFLOW_PATH = ".github/workflows/flows.yml";
const ACTION_USES = /^(\s*(?:-\s+)?uses:\s+peezy\/flows-action)@v\d+[ \t]*$/gm;

class ReleaseError extends Error {}

/** The workflow's text with every `uses: peezy/flows-action@vN` pinned to `sha`. */
export function pinWorkflow(text, sha, version) {
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new ReleaseError(`not a full commit sha: ${sha}`);
  let pinned = 0;
  const result = text.replace(ACTION_USES, (_line, head) => {
    pinned += 1;
    return `${head}@${sha} # ${version}`;
  });
  if (pinned === 0) {
    throw new ReleaseError(
      `${WORKFLOW_PATH} has no line \`uses: peezy/flows-action@v1\` to pin. Release from main, whose workflow calls the action by its major tag.`,
    );
  }
  return { text: result, pinned };
}

function git(cwd, args, options = {}) {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"], ...options }).trim();
}

function gitOk(cwd, args) {
  try {
    git(cwd, args);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes the release commit and its tags in the repository at `cwd`. Returns what it made (or
 * would make, with `dryRun`). Throws ReleaseError for anything the user must change first.
 */
export function release({ cwd, version, dryRun = false, checkDist = true }) {
  const match = /^v(\d+)\.\d+\.\d+$/.exec(version ?? "");
  if (!match) throw new ReleaseError(`the version must look like v1.2.3, not ${JSON.stringify(version ?? "")}`);
  const majorTag = `v${match[1]}`;
  if (git(cwd, ["status", "--porcelain", "--untracked-files=no"]) !== "") {
    throw new ReleaseError("the work tree has changes: commit them first, so the release is what HEAD holds");
  }
  if (gitOk(cwd, ["rev-parse", "--verify", "--quiet", `refs/tags/${version}`])) {
    throw new ReleaseError(`the tag ${version} already exists: choose the next version`);
  }
  if (checkDist) {
    try {
      execFileSync("npm", ["run", "--silent", "check-dist"], { cwd, stdio: "inherit" });
    } catch {
      throw new ReleaseError("dist/ is not what src/ builds: run `npm run bundle`, commit dist/, and release again");
    }
  }
  const head = git(cwd, ["rev-parse", "HEAD"]);
  const entry = git(cwd, ["ls-tree", "HEAD", "--", WORKFLOW_PATH]);
  const mode = entry.split(/\s/)[0];
  if (!mode) throw new ReleaseError(`HEAD has no ${WORKFLOW_PATH}`);
  const current = execFileSync("git", ["show", `HEAD:${WORKFLOW_PATH}`], { cwd, encoding: "utf8" });
  const { text, pinned } = pinWorkflow(current, head, version);
  if (dryRun) return { head, commit: undefined, version, majorTag, pinned, workflow: text };

  const blob = git(cwd, ["hash-object", "-w", "--stdin"], { input: text });
  const scratch = mkdtempSync(join(tmpdir(), "flows-release-"));
  let tree;
  try {
    // A scratch index, so the user's index and work tree are left as they are.
    const env = { ...process.env, GIT_INDEX_FILE: join(scratch, "index") };
    git(cwd, ["read-tree", "HEAD"], { env });
    git(cwd, ["update-index", "--cacheinfo", `${mode},${blob},${WORKFLOW_PATH}`], { env });
    tree = git(cwd, ["write-tree"], { env });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const message = `Release ${version}: the reusable workflow calls the action at ${head}`;
  const commit = git(cwd, ["commit-tree", tree, "-p", head, "-m", message]);
  git(cwd, ["tag", "-a", version, "-m", version, commit]);
  git(cwd, ["tag", "-f", "-a", majorTag, "-m", `${majorTag} (${version})`, commit]);
  return { head, commit, version, majorTag, pinned, workflow: text };
}

function main(argv) {
  const args = argv.filter((arg) => !arg.startsWith("--"));
  const flags = new Set(argv.filter((arg) => arg.startsWith("--")));
  const unknown = [...flags].filter((flag) => !["--dry-run", "--no-check-dist"].includes(flag));
  if (args.length !== 1 || unknown.length > 0) {
    process.stderr.write("usage: node scripts/release.mjs v1.2.3 [--dry-run] [--no-check-dist]\n");
    return 2;
  }
  try {
    const made = release({ cwd: process.cwd(), version: args[0], dryRun: flags.has("--dry-run"), checkDist: !flags.has("--no-check-dist") });
    if (!made.commit) {
      process.stdout.write(`Would tag ${made.version} and ${made.majorTag}: ${made.pinned} call(s) of the action in ${WORKFLOW_PATH} pinned to ${made.head}.\n`);
      return 0;
    }
    process.stdout.write(
      `Tagged ${made.version} and ${made.majorTag} at ${made.commit}: its ${WORKFLOW_PATH} calls the action at ${made.head} (${made.pinned} call(s)).\n` +
        `Push them with: git push origin ${made.version} && git push --force origin ${made.majorTag}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    process.stderr.write(`release: ${error.message}\n`);
    return 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
