import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { StateFolderSetting } from "../state/file-errors.js";
import type { ReadOnlyReader, StateStore } from "../state/types.js";
import type { CliContext } from "./commands.js";
import type { ParsedValues } from "./options.js";
import { didYouMean, UsageError } from "./usage.js";

const STATE_KINDS = ["file", "branch", "artifact", "none"];

/** A command that only reads (`readOnly`) opens the store read-only, naming itself and the command that sets a damaged record aside. */
export type CliReader = ReadOnlyReader & { readOnly: boolean };

/**
 * The store from --state: file (default), branch (--repo path or URL, --branch), artifact (read)
 * or none; read-only for a command that only reads (src/state/read-only.ts).
 */
export async function openCliStore(values: ParsedValues, repoRoot: string, env: NodeJS.ProcessEnv, reader?: CliReader): Promise<{ store: StateStore; label: string }> {
  const kind = values.state ?? "file";
  if (!STATE_KINDS.includes(kind)) throw unknownStateKind(kind);
  const readOnly = reader?.readOnly === true ? { readOnly: { command: reader.command, ...(reader.setAsideCommand ? { setAsideCommand: reader.setAsideCommand } : {}) } } : {};
  const [{ createStateStore }, { defaultStateDir }] = await Promise.all([import("../state/index.js"), import("../state/layout.js")]);
  if (kind === "file") {
    const dir = resolve(values["state-dir"] ?? defaultStateDir(repoRoot));
    // A folder not there (a --state-dir typo, a repository where nothing ran yet) is said where the
    // store is named: "No runs" alone read as if the folder had been looked in and held none.
    const given = values["state-dir"] !== undefined;
    const missing = existsSync(dir) ? "" : " (no such folder: nothing was recorded there)";
    return { store: await createStateStore({ kind, dir, dirSetting: cliStateDirSetting(given), ...readOnly }), label: `the file store at ${dir}${missing}` };
  }
  if (kind === "branch") {
    const branch = values.branch ?? "flows-state";
    if (values.branch !== undefined) {
      // A --branch git would refuse is a wrong command line (exit 2), said before any git runs.
      const { branchNameProblem } = await import("../state/branch-options.js");
      const problem = branchNameProblem(values.branch);
      if (problem) throw new UsageError(`--branch "${values.branch}" is not a usable branch name: ${problem}.`);
    }
    const remote = isRepositoryUrl(values.repo) ? { remoteUrl: values.repo } : { repoDir: repoRoot };
    return { store: await createStateStore({ kind, branch, ...remote, ...readOnly }), label: `the ${branch} branch of ${values.repo ?? repoRoot}` };
  }
  if (kind === "artifact") {
    // Reading works anywhere with a token; writing needs a workflow run's ACTIONS_RUNTIME_TOKEN.
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    const repository = values.repository ?? env.GITHUB_REPOSITORY;
    if (!token || !repository) {
      throw new UsageError(
        "--state artifact reads a repository's workflow artifacts: pass --repository owner/repo and set GITHUB_TOKEN (or GH_TOKEN) with actions: read.",
      );
    }
    const artifact = { token, repository, apiUrl: env.GITHUB_API_URL || "https://api.github.com", runId: env.GITHUB_RUN_ID || "local", runAttempt: env.GITHUB_RUN_ATTEMPT || "1" };
    return { store: await createStateStore({ kind, artifact, ...readOnly }), label: `the workflow artifacts of ${repository}` };
  }
  return { store: await createStateStore({ kind: "none", ...readOnly }), label: "memory (--state none)" };
}

function unknownStateKind(kind: string, command?: string): UsageError {
  return new UsageError(`--state must be file, branch, artifact or none; got "${kind}".${didYouMean(kind, STATE_KINDS)}`, command);
}

/** The store each store option is read by: given with another --state, it would be ignored. */
const STORE_OF_OPTION = { "state-dir": "file", branch: "branch", repository: "artifact" } as const;

/**
 * --state is one of the kinds, and no option of another store is given with it: `flows runs
 * --branch flows-state` read the file store and said "No runs", `--state branch --state-dir x`
 * read the branch, each as if the option were not there. `kind`: the store the command uses
 * (`flows github` takes it from --state or --input state=). Checked before anything runs.
 */
export function checkStateOptions(values: Pick<ParsedValues, keyof typeof STORE_OF_OPTION | "state">, command: string, kind = values.state ?? "file"): void {
  if (!STATE_KINDS.includes(kind)) throw unknownStateKind(kind, command);
  for (const [option, store] of Object.entries(STORE_OF_OPTION) as Array<[keyof typeof STORE_OF_OPTION, string]>) {
    const value = values[option];
    if (value === undefined || kind === store) continue;
    const used = values.state === undefined && command !== "github" ? `--state ${kind}, the default` : `--state ${kind}`;
    throw new UsageError(
      `--${option} ${value} is read only by the ${store} store (--state ${store}); this command uses ${used}, which would ignore it. ` +
        `Pass --state ${store} to read that store, or leave --${option} out.`,
      command,
    );
  }
}

/** How errors about the state folder name it on the command line: --state-dir, or the default when none was given. */
export function cliStateDirSetting(given: boolean): StateFolderSetting {
  return { origin: given ? "--state-dir" : "the default; no --state-dir given", change: "pass another folder as --state-dir" };
}

/**
 * Saves and closes the command's store: undefined when saved, else why not (also said on
 * standard error). Problems the save met that no dispatch or listing said (a state branch that
 * lost the commits this command saw) are warnings on standard error, saved or not.
 */
export async function closeCliStore(ctx: CliContext): Promise<string | undefined> {
  let store: StateStore;
  try {
    ({ store } = await ctx.openStore());
  } catch {
    return undefined; // it never opened (the command reported why): nothing was saved to it
  }
  try {
    await store.flush();
    return undefined;
  } catch (error) {
    const { describeError } = await import("../describe-error.js");
    const message = `The state store could not be saved: ${describeError(error)}`;
    ctx.err(`${message}\n`);
    return message;
  } finally {
    if (store.problems.length > 0 || (store.problemsLeftOut?.length ?? 0) > 0) {
      const [{ unreportedStoreProblems }, { formatProblem }] = await Promise.all([import("../engine/dispatch-problems.js"), import("../report/text.js")]);
      for (const problem of unreportedStoreProblems(store).problems) ctx.err(`${formatProblem(problem, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
    }
    await store.close?.().catch(() => undefined);
  }
}

export function isRepositoryUrl(value: string | undefined): value is string {
  return value !== undefined && (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^[\w.-]+@[\w.-]+:/.test(value));
}
