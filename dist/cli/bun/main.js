// @bun
import {
  UsageError,
  EXIT,
  didYouMean,
  schemaCacheDir,
  useSchemaCache,
  redactor
} from "./main-f081c345.js";

// src/cli/main.ts
import { resolve as resolve2 } from "path";

// src/cli/command-table.ts
var GLOBAL_OPTIONS = ["repo", "flows-path", "json", "no-color", "no-cache", "help"];
var STATE = ["state", "state-dir", "branch", "repository"];
var RUNNING = ["concurrency", "bun", "workspace-backend-url"];
var COMMANDS = [
  {
    name: "list",
    summary: "flow packages, their steps and triggers",
    options: [],
    examples: ["flows list", "flows list --flows-path flows --json"],
    run: async ({ ctx }) => (await import("./commands-d206db63.js")).listCommand(ctx)
  },
  {
    name: "validate",
    summary: "check every manifest and schema (exit 1 on errors)",
    options: [],
    examples: ["flows validate", "flows validate --repo ../other-repo --json"],
    run: async ({ ctx }) => (await import("./commands-d206db63.js")).validateCommand(ctx)
  },
  {
    name: "fire",
    summary: "dispatch a FlowEvent to every matching step",
    options: ["event", "dry-run", ...RUNNING, ...STATE],
    details: 'The event file holds a FlowEvent: {"id", "type", "payload"} (receivedAt is filled in). An event id\nthat was handled before runs nothing again; `flows replay <event-id>` runs its steps again.',
    examples: [
      "flows fire --event event.json",
      "flows fire --event event.json --dry-run",
      "flows fire --event event.json --state none --concurrency 4"
    ],
    run: async ({ ctx, values, concurrency }) => (await import("./commands-d206db63.js")).fireCommand(ctx, { ...fireOptions(values, concurrency), eventPath: required(values.event, "--event", "fire") })
  },
  {
    name: "run",
    args: "<flow> <step>",
    summary: "run one step for an event",
    options: ["event", "dry-run", ...RUNNING, ...STATE],
    examples: ["flows run release-notes summarise --event event.json", "flows run hello-flow hello --event event.json --state none"],
    run: async ({ ctx, values, args, concurrency }) => {
      const [flow, step] = args;
      if (!flow || !step)
        throw new UsageError("flows run needs a flow name and a step name: flows run <flow> <step> --event event.json", "run");
      return (await import("./commands-d206db63.js")).fireCommand(ctx, {
        ...fireOptions(values, concurrency),
        eventPath: required(values.event, "--event", "run"),
        only: { flow, step }
      });
    }
  },
  {
    name: "explain",
    summary: "why each step matches an event or not (type, schema, condition and the values it read); runs nothing",
    options: ["event", "event-name"],
    details: "With --event-name the file is a GitHub webhook payload, mapped as the action maps it.",
    examples: ["flows explain --event event.json", "flows explain --event push.json --event-name push --json"],
    run: async ({ ctx, values }) => (await import("./explain-9f8eb41f.js")).explainCommand(ctx, { eventPath: required(values.event, "--event", "explain"), eventName: values["event-name"] })
  },
  {
    name: "github",
    summary: "run the GitHub Action's code path on this machine",
    options: ["event-name", "event-path", "repository", "input", "dry-run", "concurrency", "event", "state", "state-dir", "branch"],
    details: "Inputs are the action's (see action.yml); --state defaults to file here (the action's default is artifact).",
    examples: [
      "flows github --event-name push --event-path push.json",
      "flows github --event-name release --event-path release.json --input fail-on=none --state none"
    ],
    run: async ({ ctx, values }) => (await import("./github-command-c8db74d2.js")).githubFromCommandLine(ctx, values)
  },
  {
    name: "events",
    summary: "events in the state store, newest first",
    options: ["type", "limit", ...STATE],
    examples: ["flows events", "flows events --type 'pull_request.*' --limit 5", "flows events --state branch --json"],
    run: async ({ values, store }) => (await import("./state-commands-4b7f6144.js")).eventsCommand(await store(), { type: values.type, limit: readLimit(values.limit, "events") })
  },
  {
    name: "runs",
    summary: "runs in the state store, newest first",
    options: ["event", "status", "needs-attention", "limit", ...STATE],
    examples: ["flows runs --needs-attention", "flows runs --status failed --limit 10", "flows runs --event demo:hello:ada --json"],
    run: async ({ values, store }) => {
      const { runsCommand, checkStatusFilter } = await import("./state-commands-4b7f6144.js");
      return runsCommand(await store(), {
        eventId: values.event,
        status: checkStatusFilter(values.status),
        needsAttention: values["needs-attention"] === true,
        limit: readLimit(values.limit, "runs")
      });
    }
  },
  {
    name: "show",
    args: "<run-id|event-id>",
    summary: "one stored event with its runs, or one run",
    options: [...STATE],
    examples: ["flows show demo:hello:ada", "flows show run_0123456789ab --json"],
    run: async ({ args, store }) => (await import("./state-commands-4b7f6144.js")).showCommand(await store(), required(args[0], "a run id or event id", "show"))
  },
  {
    name: "replay",
    args: "<event-id>",
    summary: "run every matching step of a stored event again",
    options: [...RUNNING, ...STATE],
    examples: ["flows replay demo:hello:ada", "flows replay demo:hello:ada --bun ~/.bun/bin/bun"],
    run: async ({ values, args, concurrency, store }) => (await import("./state-commands-4b7f6144.js")).replayCommand(await store(), required(args[0], "an event id", "replay"), {
      concurrency,
      bunPath: values.bun,
      workspaceBackendUrl: values["workspace-backend-url"]
    })
  },
  {
    name: "forget",
    args: "<event-id>",
    summary: "forget that an event ran: its next delivery runs it again",
    options: [...STATE],
    examples: ["flows forget demo:hello:ada", "flows forget github:upstream.release:openai/codex:rust-v1.2.3 --state branch"],
    run: async ({ args, store }) => (await import("./forget-f17f7dad.js")).forgetCommand(await store(), required(args[0], "an event id", "forget"))
  },
  {
    name: "watch",
    summary: "poll watched repositories once for new releases (token from GITHUB_TOKEN or GH_TOKEN), or show what the watcher remembers",
    options: ["once", "status", "max-requests", "dry-run", "watch", "config", "concurrency", ...STATE],
    details: "Exit 1 when a step failed or every repository failed (GitHub unreachable, bad token).",
    examples: [
      'flows watch --once --dry-run --watch "openai/codex"',
      "GITHUB_TOKEN=$(gh auth token) flows watch --once",
      "flows watch --status --json"
    ],
    run: async ({ ctx, values, concurrency }) => (await import("./watch-command-bd2e95c0.js")).watchCommand(ctx, {
      once: values.once === true,
      status: values.status !== undefined,
      maxRequests: values["max-requests"],
      dryRun: values["dry-run"] === true,
      watch: values.watch,
      config: values.config,
      concurrency
    })
  }
];
function fireOptions(values, concurrency) {
  return {
    dryRun: values["dry-run"] === true,
    concurrency,
    bunPath: values.bun,
    workspaceBackendUrl: values["workspace-backend-url"]
  };
}
function required(value, what, command) {
  if (!value)
    throw new UsageError(`${what} is required.`, command);
  return value;
}
function readLimit(value, command) {
  if (value === undefined)
    return;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a whole number of at least 1; got "${value}".`, command);
  return limit;
}

// src/cli/options.ts
var OPTIONS = {
  repo: { type: "string", value: "DIR", description: "repository root (default: current folder); a URL for --state branch" },
  "flows-path": { type: "string", value: "P", description: "flow roots, comma separated (default: .codex/flows,flows)" },
  json: { type: "boolean", description: "machine-readable output" },
  "no-color": { type: "boolean", description: "plain output" },
  "no-cache": { type: "boolean", description: "do not keep compiled trigger schemas between runs (also FLOWS_CACHE=0)" },
  help: { type: "boolean", short: "h", description: "help for the command" },
  version: { type: "boolean", description: "the version of flows" },
  event: { type: "string", value: "FILE", description: "a FlowEvent as JSON (runs: the event id to filter by)" },
  "dry-run": { type: "boolean", description: "match and report, but run and record nothing" },
  concurrency: { type: "string", value: "N", description: "steps in flight at once (default 16; one flow's steps keep their order)" },
  bun: { type: "string", value: "PATH", description: "the bun executable for steps (default: FLOWS_BUN, Bun next to flows-action, PATH)" },
  "workspace-backend-url": { type: "string", value: "URL", description: "runtime.workspaceBackendUrl for steps (default: CODEX_WORKSPACE_BACKEND_WS_URL)" },
  state: { type: "string", value: "KIND", description: "where runs are remembered: file (default), branch, artifact (read only) or none" },
  "state-dir": { type: "string", value: "DIR", description: "file store folder (default: <repo>/.codex/flow-client)" },
  branch: { type: "string", value: "NAME", description: "state branch (default: flows-state)" },
  repository: { type: "string", value: "OWNER/REPO", description: "the GitHub repository (artifact store, flows github)" },
  "event-name": { type: "string", value: "NAME", description: "the GitHub event name (push, pull_request, release, ...)" },
  "event-path": { type: "string", value: "FILE", description: "the webhook payload as JSON" },
  input: { type: "string", multiple: true, value: "NAME=VALUE", description: "an action input (repeatable)" },
  type: { type: "string", value: "T", description: "event type; * matches any text, as in triggers" },
  limit: { type: "string", value: "N", description: "at most N entries" },
  status: {
    type: "string",
    optionalValue: true,
    value: "S",
    description: "runs: effective status (completed, failed, needs_intervention, ...); watch: show what the watcher remembers"
  },
  "max-requests": { type: "string", value: "N", description: "requests one poll may make (default 300)" },
  "needs-attention": { type: "boolean", description: "only runs that are blocked or need intervention" },
  once: { type: "boolean", description: "poll once and exit" },
  watch: { type: "string", value: "LINES", description: `"owner/repo ..." lines, as the action's watch input` },
  config: { type: "string", value: "FILE", description: "a TOML file with [[watch]] tables (default .github/flows.toml)" }
};
var NAMES = Object.keys(OPTIONS);
function parseCommandLine(argv, command) {
  const values = {};
  const positionals = [];
  for (let i = 0;i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith("--");
    const [flag, inline] = long ? splitAt(arg.slice(2), "=") : [arg.slice(1), undefined];
    const name = long ? flag : NAMES.find((option) => OPTIONS[option].short === flag);
    if (name === undefined || !(name in OPTIONS)) {
      const shown = long ? `--${flag}` : arg;
      throw new UsageError(`Unknown option ${shown}.${long ? didYouMean(flag, NAMES, (match) => `--${match}`) : ""}`, command);
    }
    const spec = OPTIONS[name];
    if (spec.type === "boolean") {
      if (inline !== undefined)
        throw new UsageError(`--${name} takes no value.`, command);
      values[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("-") && next !== "-") {
        if (!spec.optionalValue)
          throw new UsageError(`--${name} needs a value.`, command);
        value = "";
      } else {
        value = next;
        i += 1;
      }
    }
    if (spec.multiple)
      values[name] = [...values[name] ?? [], value];
    else
      values[name] = value;
  }
  return { values, positionals };
}
function splitAt(text, separator) {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
function optionLine(name) {
  const spec = OPTIONS[name];
  const flag = `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.value ? ` ${spec.value}` : ""}`;
  return `  ${flag.padEnd(30)}${spec.description}`;
}

// src/cli/help.ts
var EXIT_CODES = `Exit codes:
  0  done (every step ran without failing)
  1  a step failed, or a problem stopped the command (a bad flow package, an unreadable file, no Bun)
  2  the command line is wrong (unknown command or option, a missing or bad value)`;
function globalHelp() {
  const width = Math.max(...COMMANDS.map((command) => usageOf(command).length));
  return `flows \u2014 run flow packages locally, the way flows-action runs them on GitHub.

Usage: flows <command> [options]

Commands:
${COMMANDS.map((command) => `  ${usageOf(command).padEnd(width)}  ${command.summary}`).join(`
`)}
  ${"help [command]".padEnd(width)}  help for one command, with examples

Options for every command:
${GLOBAL_OPTIONS.map(optionLine).join(`
`)}
  --version                     the version of flows

Run \`flows help <command>\` (or \`flows <command> --help\`) for its options and examples.

${EXIT_CODES}
`;
}
function commandHelp(command) {
  const lines = [`flows ${usageOf(command)} \u2014 ${command.summary}`, "", `Usage: flows ${usageOf(command)} [options]`];
  if (command.details)
    lines.push("", command.details);
  if (command.options.length > 0)
    lines.push("", "Options:", ...command.options.map(optionLine));
  lines.push("", "Options for every command:", ...GLOBAL_OPTIONS.map(optionLine));
  lines.push("", "Examples:", ...command.examples.map((example) => `  ${example}`), "", EXIT_CODES, "");
  return lines.join(`
`);
}
function usageOf(command) {
  return command.args ? `${command.name} ${command.args}` : command.name;
}

// src/cli/store.ts
import { resolve } from "path";
var STATE_KINDS = ["file", "branch", "artifact", "none"];
async function openCliStore(values, repoRoot, env) {
  const kind = values.state ?? "file";
  if (!STATE_KINDS.includes(kind))
    throw new UsageError(`--state must be file, branch, artifact or none; got "${kind}".`);
  const [{ createStateStore }, { defaultStateDir }] = await Promise.all([import("./index-8033490d.js"), import("./layout-aff5ba62.js")]);
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
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    const repository = values.repository ?? env.GITHUB_REPOSITORY;
    if (!token || !repository) {
      throw new UsageError("--state artifact reads a repository's workflow artifacts: pass --repository owner/repo and set GITHUB_TOKEN (or GH_TOKEN) with actions: read.");
    }
    const artifact = { token, repository, apiUrl: env.GITHUB_API_URL || "https://api.github.com", runId: env.GITHUB_RUN_ID || "local", runAttempt: env.GITHUB_RUN_ATTEMPT || "1" };
    return { store: await createStateStore({ kind, artifact }), label: `the workflow artifacts of ${repository}` };
  }
  return { store: await createStateStore({ kind: "none" }), label: "memory (--state none)" };
}
async function closeCliStore(ctx) {
  let store;
  try {
    ({ store } = await ctx.openStore());
  } catch {
    return true;
  }
  try {
    await store.flush();
    return true;
  } catch (error) {
    const { describeError } = await import("./describe-error-a3b56b3b.js");
    ctx.err(`The state store could not be saved: ${describeError(error)}
`);
    return false;
  } finally {
    await store.close?.().catch(() => {
      return;
    });
  }
}
function isRepositoryUrl(value) {
  return value !== undefined && (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^[\w.-]+@[\w.-]+:/.test(value));
}

// src/cli/terminal-write.ts
import { fstatSync, writeSync } from "fs";
var onBun = typeof globalThis.Bun !== "undefined";
var pause = new Int32Array(new SharedArrayBuffer(4));
function terminalWriter(fd) {
  if (!onBun) {
    const stream = fd === 1 ? process.stdout : process.stderr;
    return (text) => void stream.write(text);
  }
  return (text) => writeAll(fd, text);
}
function isTerminal(fd) {
  if (!onBun)
    return (fd === 1 ? process.stdout : process.stderr).isTTY === true;
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}
function writeAll(fd, text) {
  let bytes = Buffer.from(text, "utf8");
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      const code = error.code;
      if (code === "EAGAIN")
        Atomics.wait(pause, 0, 0, 1);
      else if (code === "EPIPE")
        return;
      else
        throw error;
    }
  }
}

// src/cli/main.ts
var REDACTED_ENV = ["GITHUB_TOKEN", "GH_TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
function redacting(write) {
  return (text) => write(redactor.redact(text));
}
async function main(argv, options = {}) {
  const saving = { failed: false };
  const code = await runMain(argv, options, saving);
  return saving.failed && code === 0 ? EXIT.failed : code;
}
async function runMain(argv, options, saving) {
  const env = options.env ?? process.env;
  redactor.add(...REDACTED_ENV.map((name) => env[name]));
  const out = redacting(options.out ?? terminalWriter(1));
  const err = redacting(options.err ?? terminalWriter(2));
  const usage = (error) => {
    const spec = COMMANDS.find((command) => command.name === error.command);
    const hint = spec ? `Run \`flows ${spec.name} --help\` for its options and examples.` : "Run `flows help` for the commands.";
    err(`flows: ${error.message}
${hint}
`);
    return EXIT.usage;
  };
  const commandName = argv.find((arg) => !arg.startsWith("-"));
  let parsed;
  try {
    parsed = parseCommandLine(argv, COMMANDS.some((command) => command.name === commandName) ? commandName : undefined);
  } catch (error) {
    if (error instanceof UsageError)
      return usage(error);
    throw error;
  }
  const { values, positionals } = parsed;
  const [name, ...args] = positionals;
  if (values.version) {
    out(`${await version()}
`);
    return EXIT.ok;
  }
  if (name === undefined) {
    (values.help ? out : err)(globalHelp());
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (name === "help") {
    if (args[0] === undefined) {
      out(globalHelp());
      return EXIT.ok;
    }
    const spec = findCommand(args[0]);
    if (spec instanceof UsageError)
      return usage(spec);
    out(commandHelp(spec));
    return EXIT.ok;
  }
  const spec = findCommand(name);
  if (spec instanceof UsageError)
    return usage(spec);
  if (values.help) {
    out(commandHelp(spec));
    return EXIT.ok;
  }
  const repoIsUrl = isRepositoryUrl(values.repo);
  const repoRoot = resolve2(repoIsUrl ? "." : values.repo ?? ".");
  const ctx = {
    repoRoot,
    roots: values["flows-path"]?.split(",").map((root) => root.trim()).filter(Boolean),
    json: values.json === true,
    color: values["no-color"] !== true && isTerminal(2) && !env.NO_COLOR,
    out,
    err,
    env,
    openStore: once(() => openCliStore(values, repoRoot, env))
  };
  const cacheDir = values["no-cache"] === true ? undefined : schemaCacheDir(env);
  useSchemaCache(cacheDir === undefined ? undefined : { dir: cacheDir });
  try {
    checkOptions(spec, values);
    const concurrency = readConcurrency(values.concurrency, spec.name);
    const store = async () => {
      const { store: opened, label } = await ctx.openStore();
      return { ...ctx, store: opened, storeLabel: label };
    };
    return await spec.run({ ctx, values, args, concurrency, store });
  } catch (error) {
    if (error instanceof UsageError)
      return usage(error.command ? error : new UsageError(error.message, spec.name));
    const { describeError } = await import("./describe-error-a3b56b3b.js");
    err(`${describeError(error)}
`);
    return EXIT.failed;
  } finally {
    if (opened.has(ctx.openStore) && !await closeCliStore(ctx))
      saving.failed = true;
  }
}
function findCommand(name) {
  const spec = COMMANDS.find((command) => command.name === name);
  if (spec)
    return spec;
  const names = [...COMMANDS.map((command) => command.name), "help"];
  return new UsageError(`Unknown command "${name}".${didYouMean(name, names)}`);
}
function checkOptions(spec, values) {
  const allowed = new Set([...GLOBAL_OPTIONS, ...spec.options, "version"]);
  for (const [option, value] of Object.entries(values)) {
    if (value === undefined || allowed.has(option))
      continue;
    throw new UsageError(`flows ${spec.name} does not take --${option}.`, spec.name);
  }
}
function readConcurrency(value, command) {
  if (value === undefined)
    return;
  const concurrency = Number(value);
  if (!(Number.isInteger(concurrency) && concurrency > 0)) {
    throw new UsageError(`--concurrency must be a whole number of at least 1; got "${value}".`, command);
  }
  return concurrency;
}
async function version() {
  const [{ readFile }, { join }, { flowsActionPackageDir }] = await Promise.all([
    import("fs/promises"),
    import("path"),
    import("./find-bun-f2a38f59.js")
  ]);
  const dir = flowsActionPackageDir();
  if (!dir)
    return "flows (flows-action), version unknown";
  const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
  return `flows (flows-action) ${manifest.version ?? "unknown"}`;
}
var opened = new WeakSet;
function once(make) {
  let value;
  const get = () => {
    opened.add(get);
    value ??= make();
    return value;
  };
  return get;
}
export {
  main
};
