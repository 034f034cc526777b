// `flows new <flow>`: a flow package that works on the first try, written under the first flow
// root, and the commands to try it with. It writes nothing over anything: an existing package,
// file, flow name or a folder that leads out of the repository stops it before the first write.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, realpathSync, rmSync, rmdirSync, statSync, writeSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { DEFAULT_FLOW_ROOTS, discoverFlows } from "../flows/index.js";
import { isInside } from "../flows/manifest-paths.js";
import { foldName } from "../flows/name-collisions.js";
import { shellWord } from "../shell-word.js";
import { terminalText } from "../terminal-text.js";
import type { CliContext } from "./commands.js";
import { CommandFailed } from "./failure.js";
import { checkEventType, checkName, sampleEventType } from "./new-names.js";
import { flowToml, type StepStyle, stepSource } from "./new-templates.js";
import { shellExpandedHint, UsageError } from "./usage.js";
import { diskProblem } from "../disk-problems.js";

export type NewOptions = {
  flow: string;
  /** --on; default workflow_dispatch, which every repository can send (Actions → Run workflow). */
  on?: string;
  step?: string;
  style: StepStyle;
  /** --repo was given: the repository is the one named, not looked for above. */
  repoGiven: boolean;
};

export const DEFAULT_TYPE = "workflow_dispatch";
export const DEFAULT_STEP = "main";
/** Where sources live (README): `.codex/flows`, the first default root, holds installed copies. */
const SOURCE_ROOT = "flows";

export async function newCommand(ctx: CliContext, options: NewOptions): Promise<number> {
  checkName(options.flow, "The flow name", "the package's folder name", "flow");
  const step = options.step ?? DEFAULT_STEP;
  checkName(step, "--step", "the step's script file name (exec/<step>.ts)", "step");
  const { type, note } = checkEventType(options.on ?? DEFAULT_TYPE);
  const notes = note === undefined ? [] : [note];
  // `--on *` unquoted: the shell hands over the current folder's file names instead (with one
  // file, nothing else shows it). A type of the user's own is refused only when a file here has its name.
  if (note !== undefined && options.on !== undefined && existsSync(resolve(options.on))) {
    throw new UsageError(`--on ${shellExpandedHint(options.on)} (For a type of your own named like that file, run flows new from another folder.)`, "new");
  }

  const hasRoot = (ctx.roots ?? DEFAULT_FLOW_ROOTS).some((each) => existsSync(resolve(ctx.repoRoot, each)));
  const repoRoot = options.repoGiven || hasRoot ? ctx.repoRoot : repositoryTop(ctx.repoRoot, notes);
  const rootName = ctx.roots?.[0] ?? SOURCE_ROOT;
  const root = resolve(repoRoot, rootName);
  if (!isInside(root, repoRoot) || root === repoRoot) {
    throw new UsageError(
      `the flow root "${rootName}" (the first of --flows-path) is ${root === repoRoot ? "the repository itself" : `outside the repository (${repoRoot})`}: flows new writes packages into a flow root of the repository. Give a folder inside it, e.g. --flows-path flows.`,
      "new",
    );
  }
  const packageDir = join(root, options.flow);
  const script = `exec/${step}.ts`;
  const files = [join(packageDir, script), join(packageDir, "flow.toml")];
  const shown = (path: string): string => relative(repoRoot, path).split(sep).join("/");

  checkFolders(repoRoot, [root, packageDir, join(packageDir, "exec")], shown);
  if (existsSync(join(packageDir, "flow.toml"))) {
    throw refusal(`${shown(packageDir)} already holds a flow package (${shown(join(packageDir, "flow.toml"))}), and flows new writes nothing over it`, "Pick another flow name, or edit that package.");
  }
  for (const file of files) {
    if (lstatOrUndefined(file) !== undefined) throw refusal(`${shown(file)} already exists, and flows new writes no file over another`, "Move it away, or pick another flow name or --step.");
  }
  await checkNameFree(ctx, repoRoot, options.flow, shown);

  const made: string[] = [];
  const written: string[] = [];
  try {
    makeFolders(repoRoot, [root, packageDir, join(packageDir, "exec")], shown, made);
    // The step first, flow.toml last: until the manifest is there, no half package is found.
    writeNew(files[0]!, stepSource(options.style));
    written.push(files[0]!);
    writeNew(files[1]!, flowToml({ flow: options.flow, step, script, type }));
    written.push(files[1]!);
  } catch (error) {
    for (const file of written) rmSync(file, { force: true });
    for (const folder of made.reverse()) removeIfEmpty(folder);
    const { code, path } = error as NodeJS.ErrnoException;
    if (code === "EEXIST") {
      throw refusal(`${shown(path ?? packageDir)} appeared while flows new wrote the package, and flows new writes no file over another`, "Nothing was left behind; run it again.");
    }
    const problem = diskProblem(code);
    if (problem) throw refusal(`flows new could not write ${shown(path ?? packageDir)}: ${problem} (${code})`, "Nothing was left behind; free some space, or make the folder writable, and run it again.");
    throw error;
  }

  const next = nextCommands(ctx, options.flow, type);
  const state = stateNotIgnored(repoRoot);
  if (state !== undefined) notes.push(state);
  // Standard error, as every warning: with --json, the document carries them too.
  const sayNotes = (): void => {
    for (const each of notes) ctx.err(`note: ${terminalText(each)}\n`);
  };
  if (ctx.json) {
    sayNotes();
    const document = { flow: options.flow, step, style: options.style, trigger: { type }, package: shown(packageDir), files: files.map(shown), notes, next };
    ctx.out(`${JSON.stringify(document, null, 2)}\n`);
    return 0;
  }
  ctx.out(`Created flow package ${terminalText(shown(packageDir))} (a ${options.style}-style step, on ${terminalText(type)} events):\n`);
  for (const file of files) ctx.out(`  ${terminalText(shown(file))}\n`);
  sayNotes();
  ctx.out(`\nNext, from here:\n${next.map((command) => `  ${terminalText(command)}`).join("\n")}\n`);
  return 0;
}

/**
 * `flows fire` keeps what it ran in .codex/flow-client/ (README): in a git repository that does
 * not ignore it, the first fire would leave files for `git add .` to pick up. Said, not written
 * into .gitignore: that file is the user's. No git (or it fails): nothing to say.
 */
function stateNotIgnored(repoRoot: string): string | undefined {
  if (!existsSync(join(repoRoot, ".git"))) return undefined;
  const check = spawnSync("git", ["check-ignore", "-q", ".codex/flow-client/runs"], { cwd: repoRoot, timeout: 5_000, stdio: "ignore" });
  // 0: ignored; 1: not ignored; anything else (no git, not a repository): no answer.
  if (check.status !== 1) return undefined;
  return "flows fire keeps what it ran in .codex/flow-client/, which this repository does not ignore: add .codex/flow-client/ to .gitignore.";
}

function refusal(what: string, fix: string): CommandFailed {
  return new CommandFailed(`${what}. ${fix}`);
}

/**
 * Run from a subfolder of a repository with no flow root yet (its first package), the current
 * folder would get it, where neither the action nor `flows` run from the top would look: the
 * package goes to the repository's top (the nearest folder above holding .git) instead. A
 * subfolder with a flow root of its own (a project in a monorepo) keeps its packages there.
 */
function repositoryTop(repoRoot: string, notes: string[]): string {
  for (let dir = repoRoot; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) {
      if (dir !== repoRoot) notes.push(`the package goes to the repository's top, ${dir}, where the action looks for flows (not the current folder). Run flows from there, or pass --repo.`);
      return dir;
    }
    if (dirname(dir) === dir) return repoRoot;
  }
}

/**
 * Each folder that exists is a folder whose real place (links followed) is inside the
 * repository, as discovery refuses a package linked from outside it (src/flows/manifest-paths.ts);
 * for one not made yet, the nearest folder above it that exists.
 */
function checkFolders(repoRoot: string, folders: string[], shown: (path: string) => string): void {
  const realRepo = realpathSync(repoRoot);
  for (const folder of folders) {
    let existing = folder;
    while (lstatOrUndefined(existing) === undefined && dirname(existing) !== existing) existing = dirname(existing);
    let target: ReturnType<typeof statSync>;
    try {
      target = statSync(existing);
    } catch (error) {
      const loop = (error as NodeJS.ErrnoException).code === "ELOOP";
      throw refusal(`${shown(existing)} is a symbolic link ${loop ? "that leads back to itself (a loop of links)" : "to nothing"}`, "Remove the link, or point it at a folder inside the repository.");
    }
    if (!target.isDirectory()) throw refusal(`${shown(existing)} is a file, not a folder`, "Move it away, or pick another flow name or --flows-path.");
    const real = realpathSync(existing);
    if (!isInside(real, realRepo)) {
      throw refusal(
        `${shown(existing)} is a symbolic link to ${real}, outside the repository (${realRepo}); discovery refuses packages there, and flows new writes nothing there`,
        "Point the link inside the repository, or choose another folder with --flows-path.",
      );
    }
  }
}

/** Another package has the name (or one that reads the same, in another case or Unicode form). */
async function checkNameFree(ctx: CliContext, repoRoot: string, flow: string, shown: (path: string) => string): Promise<void> {
  const discovery = await discoverFlows({ repoRoot, roots: ctx.roots });
  const packages = [...discovery.flows.map((each) => ({ name: each.name, manifest: each.manifestPath })), ...discovery.shadowed.map((each) => ({ name: each.name, manifest: each.shadowedManifest }))];
  const taken = packages.find((each) => foldName(each.name) === foldName(flow));
  if (taken === undefined) return;
  const same = taken.name === flow ? `a flow named ${JSON.stringify(flow)}` : `a flow named ${JSON.stringify(taken.name)}, which reads the same as ${JSON.stringify(flow)},`;
  throw refusal(`${same} is already in ${shown(taken.manifest)}; flow names must be unique in a repository (the first package found wins)`, "Pick another flow name.");
}

/** The folders not there yet, made one by one; those made are added to `made`, outermost first (also when one fails, to be removed). */
function makeFolders(repoRoot: string, folders: string[], shown: (path: string) => string, made: string[]): void {
  for (const folder of folders) {
    const missing: string[] = [];
    for (let dir = folder; !existsSync(dir) && isInside(dir, repoRoot); dir = dirname(dir)) missing.unshift(dir);
    for (const dir of missing) {
      mkdirSync(dir);
      made.push(dir);
    }
  }
  // Made just now, but a link swapped in meanwhile would still lead out: checked once more.
  checkFolders(repoRoot, folders, shown);
}


/**
 * Written only if no file has the name (O_EXCL): a file that appeared meanwhile is kept. One this
 * made and could not fill (a full disk) is removed: an empty flow.toml left behind would be taken
 * for a package, and the next `flows new` of the name refused.
 */
function writeNew(path: string, text: string): void {
  const fd = openSync(path, "wx");
  try {
    writeSync(fd, text);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    // The path, which a failed write does not carry, for the message.
    throw Object.assign(error as NodeJS.ErrnoException, { path });
  }
  closeSync(fd);
}

function removeIfEmpty(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // Not empty (something else was put there) or gone: left as it is.
  }
}

/** Nothing at `path`; also when a part of it is a file or a loop of links (checkFolders then names that part). */
function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR" || code === "ELOOP") return undefined;
    throw error;
  }
}

/**
 * The commands to try the package with, pasteable as printed: each value a shell word, with the
 * options that chose the repository and flow roots, and `npx flows` when npm ran this one.
 */
function nextCommands(ctx: CliContext, flow: string, type: string): string[] {
  const context = ctx.contextArgs ?? "";
  const flows = ctx.invocation ?? "flows";
  const commands = [`${flows} validate${context}`];
  const sample = sampleEventType(type);
  if (sample === undefined) return [...commands, `${flows} list${context}`];
  const event = JSON.stringify({ id: `try:${flow}:1`, type: sample, payload: {} });
  // dash's echo reads backslashes as escapes: printf passes the text as it is.
  const feed = event.includes("\\") ? `printf '%s\\n' ${shellWord(event)}` : `echo ${shellWord(event)}`;
  return [
    ...commands,
    `${feed} | ${flows} explain --event -${context}`,
    `${feed} | ${flows} fire --event -${context}`,
  ];
}
