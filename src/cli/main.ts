import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  type CliContext,
  fireCommand,
  githubCommand,
  listCommand,
  validateCommand,
} from "./commands.js";
import { explainCommand } from "./explain.js";
import { watchCommand } from "./watch-command.js";
import { forgetCommand } from "./forget.js";
import { eventsCommand, replayCommand, runsCommand, type StoreContext, showCommand } from "./state-commands.js";
import { createStateStore } from "../state/index.js";
import { defaultStateDir } from "../state/layout.js";
import type { StateStore } from "../state/types.js";
import { describeError } from "../describe-error.js";
import { UserError } from "../user-error.js";

const USAGE = `flows — run flow packages locally, the way flows-action runs them on GitHub.

Usage:
  flows list                                  flow packages, steps and triggers
  flows validate                              check every manifest and schema (exit 1 on errors)
  flows fire --event event.json [--dry-run]   dispatch a FlowEvent to every matching step
  flows run <flow> <step> --event event.json  run one step for an event
  flows explain --event event.json [--event-name NAME]
                                              why each step matches the event or not (type,
                                              schema, condition and the values it read); with
                                              --event-name the file is a GitHub webhook payload
  flows github --event-name NAME --event-path payload.json [--input name=value ...]
                                              run the GitHub Action's code path on this machine
  flows events [--type T] [--limit N]         events in the state store, newest first
  flows runs [--needs-attention] [--status S] [--event ID] [--limit N]
                                              runs in the state store, newest first
  flows show <run-id|event-id>                one stored event with its runs, or one run
  flows replay <event-id>                     run every matching step of a stored event again
  flows forget <event-id>                     forget that an event ran: its next delivery runs it again
  flows watch --once [--dry-run] [--watch "owner/repo ..."] [--config FILE] [--max-requests N]
                                              poll watched repositories once for new releases
                                              (token from GITHUB_TOKEN or GH_TOKEN); exit 1 when
                                              every repository failed
  flows watch --status [--json]               per watched repository: last poll, ETag age,
                                              pending releases, last dispatched tag

Options:
  --repo DIR          repository root (default: current folder)
  --flows-path P      flow roots, comma separated (default: .codex/flows,flows)
  --concurrency N     steps in flight at once (default: number of CPUs)
  --state KIND        where runs are remembered: file (default), branch, artifact (read; needs
                      --repository and GITHUB_TOKEN) or none
  --state-dir DIR     file store folder (default: <repo>/.codex/flow-client)
  --branch NAME       state branch (default: flows-state); --repo may then be a path or a URL
  --json              machine-readable output
  --no-color          plain output
  -h, --help          this text
`;

/** `flows` entry: argv → the same functions the action uses → terminal. Returns the exit code. */
export type MainOptions = {
  env?: NodeJS.ProcessEnv;
  out?: (text: string) => void;
  err?: (text: string) => void;
};

export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  // A store that could not save (records not pushed) fails the command whatever it returned.
  const saving = { failed: false };
  const code = await runMain(argv, options, saving);
  return saving.failed && code === 0 ? 1 : code;
}

async function runMain(argv: string[], options: MainOptions, saving: { failed: boolean }): Promise<number> {
  const env = options.env ?? process.env;
  const out = options.out ?? ((text: string): void => void process.stdout.write(text));
  const err = options.err ?? ((text: string): void => void process.stderr.write(text));
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const repoIsUrl = isRepositoryUrl(values.repo);
  const repoRoot = resolve(repoIsUrl ? "." : (values.repo ?? "."));
  const ctx: CliContext = {
    repoRoot,
    roots: values["flows-path"]?.split(",").map((root) => root.trim()).filter(Boolean),
    json: values.json === true,
    color: values["no-color"] !== true && process.stderr.isTTY === true && !env.NO_COLOR,
    out,
    err,
    env,
    openStore: once(() => openCliStore(values, repoRoot, env)),
  };
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0)) {
    err(`--concurrency must be a whole number of at least 1; got "${values.concurrency}".\n`);
    return 2;
  }
  try {
    switch (command) {
      case "list":
        return await listCommand(ctx);
      case "validate":
        return await validateCommand(ctx);
      case "fire":
        return await fireCommand(ctx, { eventPath: required(values.event, "--event"), dryRun: values["dry-run"] === true, concurrency });
      case "run": {
        const [flow, step] = rest;
        if (!flow || !step) throw new UsageError("flows run needs a flow name and a step name: flows run <flow> <step> --event event.json");
        return await fireCommand(ctx, { eventPath: required(values.event, "--event"), dryRun: values["dry-run"] === true, concurrency, only: { flow, step } });
      }
      case "explain":
        return await explainCommand(ctx, { eventPath: required(values.event, "--event"), eventName: values["event-name"] });
      case "github":
        return await githubCommand(ctx, {
          eventName: required(values["event-name"], "--event-name"),
          eventPath: required(values["event-path"], "--event-path"),
          repository: values.repository,
          inputs: githubInputs(values),
        });
      case "events":
        return await eventsCommand(await storeContext(ctx), { type: values.type, limit: readLimit(values.limit) });
      case "runs":
        return await runsCommand(await storeContext(ctx), {
          eventId: values.event,
          status: values.status,
          needsAttention: values["needs-attention"] === true,
          limit: readLimit(values.limit),
        });
      case "show":
        return await showCommand(await storeContext(ctx), required(rest[0], "a run id or event id"));
      case "replay":
        return await replayCommand(await storeContext(ctx), required(rest[0], "an event id"), concurrency);
      case "forget":
        return await forgetCommand(await storeContext(ctx), required(rest[0], "an event id"));
      case "watch":
        return await watchCommand(ctx, {
          once: values.once === true,
          status: values.status !== undefined,
          maxRequests: values["max-requests"],
          dryRun: values["dry-run"] === true,
          watch: values.watch,
          config: values.config,
          concurrency,
        });
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    err(`${describeError(error)}\n`);
    return 1;
  } finally {
    if (!(await closeStore(ctx, err))) saving.failed = true;
  }
}

type ParsedValues = ReturnType<typeof parse>["values"];

async function storeContext(ctx: CliContext): Promise<StoreContext> {
  const { store, label } = await ctx.openStore();
  return { ...ctx, store, storeLabel: label };
}

/** The store from --state: file (default), branch (--repo path or URL, --branch) or none. */
async function openCliStore(values: ParsedValues, repoRoot: string, env: NodeJS.ProcessEnv): Promise<{ store: StateStore; label: string }> {
  const kind = values.state ?? "file";
  if (kind === "file") {
    const dir = resolve(values["state-dir"] ?? defaultStateDir(repoRoot));
    return { store: await createStateStore({ kind, dir }), label: `the file store at ${dir}` };
  }
  if (kind === "branch") {
    const branch = values.branch ?? "flows-state";
    const remote = isRepositoryUrl(values.repo) ? { remoteUrl: values.repo } : { repoDir: repoRoot };
    return { store: await createStateStore({ kind, branch, ...remote }), label: `the ${branch} branch of ${values.repo ?? repoRoot}` };
  }
  if (kind === "artifact") {
    // Reading works anywhere with a token; writing needs a workflow run's ACTIONS_RUNTIME_TOKEN.
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    const repository = values.repository ?? env.GITHUB_REPOSITORY;
    if (!token || !repository) {
      throw new UsageError("--state artifact reads a repository's workflow artifacts: pass --repository owner/repo and set GITHUB_TOKEN (or GH_TOKEN) with actions: read.");
    }
    const artifact = { token, repository, apiUrl: env.GITHUB_API_URL || "https://api.github.com", runId: env.GITHUB_RUN_ID || "local", runAttempt: env.GITHUB_RUN_ATTEMPT || "1" };
    return { store: await createStateStore({ kind, artifact }), label: `the workflow artifacts of ${repository}` };
  }
  if (kind === "none") return { store: await createStateStore({ kind }), label: "memory (--state none)" };
  throw new UsageError(`--state must be file, branch, artifact or none; got "${kind}".`);
}

/** Flush and close the store if the command opened it; false when records were not saved. */
async function closeStore(ctx: CliContext, err: (text: string) => void): Promise<boolean> {
  if (!opened.has(ctx.openStore)) return true;
  let store: StateStore;
  try {
    ({ store } = await ctx.openStore());
  } catch {
    return true; // it never opened (the command reported why): nothing was saved to it
  }
  try {
    await store.flush();
    return true;
  } catch (error) {
    err(`The state store could not be saved: ${describeError(error)}\n`);
    return false;
  } finally {
    await store.close?.().catch(() => undefined);
  }
}

const opened = new WeakSet<() => unknown>();

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  const get = (): Promise<T> => {
    opened.add(get);
    value ??= make();
    return value;
  };
  return get;
}

function isRepositoryUrl(value: string | undefined): value is string {
  return value !== undefined && (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^[\w.-]+@[\w.-]+:/.test(value));
}

function readLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number of at least 1; got "${value}".`);
  return limit;
}

class UsageError extends UserError {
  override name = "UsageError";
}

function parse(argv: string[]) {
  // `flows watch --status` takes no value (`flows runs --status S` does).
  const args = argv.includes("watch")
    ? argv.map((arg, i) => (arg === "--status" && (argv[i + 1] === undefined || argv[i + 1]?.startsWith("-")) ? "--status=" : arg))
    : argv;
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      repo: { type: "string" },
      "flows-path": { type: "string" },
      concurrency: { type: "string" },
      event: { type: "string" },
      "event-name": { type: "string" },
      "event-path": { type: "string" },
      repository: { type: "string" },
      input: { type: "string", multiple: true },
      "dry-run": { type: "boolean" },
      json: { type: "boolean" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" },
      state: { type: "string" },
      "state-dir": { type: "string" },
      branch: { type: "string" },
      type: { type: "string" },
      limit: { type: "string" },
      status: { type: "string" },
      "needs-attention": { type: "boolean" },
      once: { type: "boolean" },
      watch: { type: "string" },
      config: { type: "string" },
      "max-requests": { type: "string" },
    },
  });
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required.`);
  return value;
}

/** Action inputs for `flows github`: `--input name=value`, plus the shortcut flags. */
function githubInputs(values: ParsedValues): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const pair of values.input ?? []) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(`--input takes name=value; got "${pair}".`);
    inputs[pair.slice(0, at)] = pair.slice(at + 1);
  }
  if (values["flows-path"]) inputs["flows-path"] = values["flows-path"];
  if (values["dry-run"]) inputs["dry-run"] = "true";
  if (values.concurrency) inputs.concurrency = values.concurrency;
  if (values.event) inputs.event = values.event;
  // Locally, remember runs in the file store unless told otherwise (the action defaults to artifacts).
  inputs.state ??= values.state ?? "file";
  if (values["state-dir"] && inputs["state-dir"] === undefined) inputs["state-dir"] = values["state-dir"];
  if (values.branch && inputs["state-branch"] === undefined) inputs["state-branch"] = values.branch;
  return inputs;
}
