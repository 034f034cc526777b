// The `flows` commands. Each entry says what the command takes and shows, and loads its code
// only when it runs, so `flows list` does not pay for the action or the GitHub client.
// To add a command: add an entry here (and its module); help, `flows help <command>`,
// suggestions and option checks follow from the entry.
import type { CliContext } from "./commands.js";
import type { OptionHelp, OptionName, ParsedValues } from "./options.js";
import type { StoreContext } from "./state-commands.js";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { folderArgumentHint, shellExpandedHint, UsageError } from "./usage.js";
import { shellWord } from "../shell-word.js";
import { wholeNumber } from "../whole-number.js";
import { MAX_EVENT_ID_LENGTH } from "../events/id.js";

export type CommandInput = {
  ctx: CliContext;
  values: ParsedValues;
  /** Positionals after the command name. */
  args: string[];
  concurrency?: number;
  /** The store chosen with --state, opened for the commands that read or write it. */
  store: () => Promise<StoreContext>;
};

export type CommandSpec = {
  name: string;
  /** Positional arguments, as shown in usage (`<flow> <step>`). */
  args?: string;
  summary: string;
  /** Options this command takes besides the global ones (--repo, --flows-path, --json, --no-color, --help). */
  options: OptionName[];
  /** Options whose value or meaning differ in this command from OPTIONS' wording. */
  optionHelp?: Partial<Record<OptionName, OptionHelp>>;
  /** More to say in `flows <command> --help`. */
  details?: string;
  examples: string[];
  /**
   * The command only reads the state store, given these options (`flows show`; `flows fire
   * --dry-run`): it gets the store read-only (src/state/read-only.ts), so a damaged record is
   * reported and left as it is, and a write is refused as a bug.
   */
  readsOnly?: (values: ParsedValues) => boolean;
  run: (input: CommandInput) => Promise<number>;
};

const ALWAYS = (): boolean => true;
const DRY_RUN = (values: ParsedValues): boolean => values["dry-run"] === true;

export const GLOBAL_OPTIONS: OptionName[] = ["repo", "flows-path", "json", "no-color", "no-cache", "debug", "help"];
const STATE: OptionName[] = ["state", "state-dir", "branch", "repository"];
const RUNNING: OptionName[] = ["concurrency", "bun", "workspace-backend-url"];

export const COMMANDS: CommandSpec[] = [
  {
    name: "new",
    args: "<flow>",
    summary: "write a new flow package (flow.toml and a Bun step) that validates and runs as written",
    options: ["on", "step", "module", "raw"],
    details:
      "Writes <flow root>/<flow>/flow.toml and exec/<step>.ts under the first --flows-path folder (default flows,\n" +
      "where source packages live), then prints the commands to try it. It writes nothing over an existing package,\n" +
      "file or flow name, nor through a folder that links out of the repository (exit 1). A name that is no plain\n" +
      "folder name (../x, a/b, .hidden) is refused (exit 2), and so is an --on type close to a GitHub event's but\n" +
      "not one (release without its action, pull-request.opened), with what to write; a type far from them all is\n" +
      "taken as one of your own FlowEvents, with a note.",
    examples: [
      "flows new release-notes --on release.published",
      "flows new nightly-report --on schedule --step report --raw",
      "flows new deploy --on deploy.requested --json",
    ],
    run: async ({ ctx, values, args }) => {
      if (values.module && values.raw) throw new UsageError("--module and --raw do not go together: give one (module style is the default).", "new");
      return (await import("./new-command.js")).newCommand(ctx, {
        flow: required(args[0], "The flow's name (flows new <flow>)", "new"),
        on: values.on,
        step: values.step,
        style: values.raw ? "raw" : "module",
        repoGiven: values.repo !== undefined,
      });
    },
  },
  {
    name: "list",
    summary: "flow packages, their steps and triggers",
    options: [],
    examples: ["flows list", "flows list --flows-path flows --json"],
    run: async ({ ctx }) => (await import("./commands.js")).listCommand(ctx),
  },
  {
    name: "validate",
    summary: "check every manifest and schema (exit 1 on errors)",
    options: [],
    examples: ["flows validate", "flows validate --repo ../other-repo --json"],
    run: async ({ ctx }) => (await import("./commands.js")).validateCommand(ctx),
  },
  {
    name: "fire",
    summary: "dispatch a FlowEvent to every matching step",
    options: ["event", "dry-run", ...RUNNING, ...STATE],
    details:
      "The event file holds a FlowEvent: {\"id\", \"type\", \"payload\"} (receivedAt is filled in). An event id\n" +
      "that was handled before runs nothing again; `flows replay <event-id>` runs its steps again.",
    examples: [
      "flows fire --event event.json",
      "flows fire --event event.json --dry-run",
      "flows fire --event event.json --state none --concurrency 4",
    ],
    readsOnly: DRY_RUN,
    run: async ({ ctx, values, concurrency }) =>
      (await import("./commands.js")).fireCommand(ctx, { ...fireOptions(values, concurrency), eventPath: required(values.event, "--event", "fire") }),
  },
  {
    name: "run",
    args: "<flow> <step>",
    summary: "run one step for an event",
    options: ["event", "ignore-trigger", "dry-run", ...RUNNING, ...STATE],
    details:
      "The step runs when its trigger matches the event, and a step with no [steps.trigger] (run only by hand)\n" +
      "runs whatever the event. A step whose trigger does not match is refused with the reason (exit 1);\n" +
      "--ignore-trigger runs it anyway, as the older runner's run did.",
    examples: [
      "flows run release-notes summarise --event event.json",
      "flows run hello-flow hello --event event.json --state none",
      "flows run deploy rollback --event event.json --ignore-trigger",
    ],
    readsOnly: DRY_RUN,
    run: async ({ ctx, values, args, concurrency }) => {
      const [flow, step] = args;
      if (!flow || !step) throw new UsageError("flows run needs a flow name and a step name: flows run <flow> <step> --event event.json", "run");
      return (await import("./commands.js")).fireCommand(ctx, {
        ...fireOptions(values, concurrency),
        eventPath: required(values.event, "--event", "run"),
        only: { flow, step },
        ignoreTrigger: values["ignore-trigger"] === true,
      });
    },
  },
  {
    name: "explain",
    summary: "why each step matches an event or not (type, schema, condition and the values it read); runs nothing",
    options: ["event", "event-name"],
    details: "With --event-name the file is a GitHub webhook payload, mapped as the action maps it.",
    examples: ["flows explain --event event.json", "flows explain --event push.json --event-name push --json"],
    run: async ({ ctx, values }) => {
      if (values["event-name"] !== undefined) (await import("./event-names.js")).checkGitHubEventName(values["event-name"], "explain");
      return (await import("./explain.js")).explainCommand(ctx, { eventPath: required(values.event, "--event", "explain"), eventName: values["event-name"] });
    },
  },
  {
    name: "github",
    summary: "run the GitHub Action's code path on this machine",
    options: ["event-name", "event-path", "repository", "input", "dry-run", ...RUNNING, "event", "state", "state-dir", "branch"],
    optionHelp: {
      event: { value: "JSON", description: "a FlowEvent as inline JSON, dispatched instead of the webhook's (the action's event input)" },
      repository: { value: "OWNER/REPO", description: "GITHUB_REPOSITORY (default: GITHUB_REPOSITORY, else the payload's repository.full_name)" },
    },
    details:
      "Inputs are the action's (see action.yml); --state defaults to file here (the action's default is artifact).\n" +
      "Exit 1 when the action would fail the job: a status listed in fail-on (default failed), or an error it reports.",
    examples: [
      "flows github --event-name push --event-path push.json",
      "flows github --event-name release --event-path release.json --input fail-on=none --state none",
    ],
    run: async ({ ctx, values }) => (await import("./github-command.js")).githubFromCommandLine(ctx, values),
  },
  {
    name: "events",
    summary: "events in the state store, newest first",
    options: ["type", "limit", ...STATE],
    examples: ["flows events", "flows events --type 'pull_request.*' --limit 5", "flows events --state branch --json"],
    readsOnly: ALWAYS,
    run: async ({ values, store }) =>
      (await import("./state-commands.js")).eventsCommand(await store(), { type: values.type, limit: readLimit(values.limit, "events") }),
  },
  {
    name: "runs",
    summary: "runs in the state store, newest first",
    options: ["event", "status", "needs-attention", "limit", ...STATE],
    optionHelp: { event: { value: "ID", description: "only runs of this event id" } },
    examples: ["flows runs --needs-attention", "flows runs --status failed --limit 10", "flows runs --event demo:hello:ada --json"],
    readsOnly: ALWAYS,
    run: async ({ values, store }) => {
      const { runsCommand, checkStatusFilter } = await import("./state-commands.js");
      return runsCommand(await store(), {
        eventId: values.event === undefined ? undefined : storedId(values.event, "--event", "runs"),
        status: checkStatusFilter(values.status),
        needsAttention: values["needs-attention"] === true,
        limit: readLimit(values.limit, "runs"),
      });
    },
  },
  {
    name: "show",
    args: "<run-id|event-id>",
    summary: "one stored event with its runs, or one run",
    options: [...STATE],
    examples: ["flows show demo:hello:ada", "flows show run_0123456789ab --json"],
    readsOnly: ALWAYS,
    run: async ({ args, store }) => (await import("./state-commands.js")).showCommand(await store(), storedId(required(args[0], "a run id or event id", "show"), "the <run-id|event-id> argument", "show")),
  },
  {
    name: "replay",
    args: "<event-id>",
    summary: "run every matching step of a stored event again",
    options: [...RUNNING, ...STATE],
    examples: ["flows replay demo:hello:ada", "flows replay demo:hello:ada --bun ~/.bun/bin/bun"],
    run: async ({ values, args, concurrency, store }) =>
      (await import("./replay-command.js")).replayCommand(await store(), storedId(required(args[0], "an event id", "replay"), "the <event-id> argument", "replay"), {
        concurrency,
        bunPath: values.bun,
        workspaceBackendUrl: values["workspace-backend-url"],
      }),
  },
  {
    name: "forget",
    args: "<event-id>",
    summary: "forget that an event ran: its next delivery runs it again",
    options: ["force", ...STATE],
    details:
      "An event with a step still running (its dispatcher alive, or on another host before its lease\n" +
      "runs out) is refused, naming the step, its pid and host: forgotten, a delivery before the step\n" +
      "ends would run it a second time beside it. Wait for it to end; --force if that dispatcher is gone.",
    examples: [
      "flows forget demo:hello:ada",
      "flows forget github:upstream.release:openai/codex:rust-v1.2.3 --state branch",
      "flows forget demo:hello:ada --force",
    ],
    run: async ({ args, values, store }) =>
      (await import("./forget.js")).forgetCommand(await store(), storedId(required(args[0], "an event id", "forget"), "the <event-id> argument", "forget"), { force: values.force === true }),
  },
  {
    name: "daemon",
    args: "<start|stop|status|serve>",
    summary: "keep one Bun process running in which `flows fire` and `flows run` start with their code loaded (start, stop, status)",
    options: [],
    details:
      "While it runs, `flows fire` and `flows run` on this flows-action install go through it: each runs in your folder,\n" +
      "with your environment, and prints what it would print alone, quick steps in about 60% of the time. One command runs at a\n" +
      "time (another runs on its own), and a command reading its event from standard input runs on its own. It ends after\n" +
      "30 minutes without a command (FLOWS_DAEMON_IDLE_MINUTES), when its build changes, or on `flows daemon stop`.\n" +
      "A `flows fire` or `flows run` typed at a terminal outside CI starts one when none runs; FLOWS_DAEMON=auto starts one\n" +
      "without a terminal too, FLOWS_DAEMON=manual only uses one you started, FLOWS_DAEMON=off runs every command without it.\n" +
      "`serve` runs it in the foreground, its log on standard error.",
    examples: ["flows daemon start", "flows daemon status --json", "flows daemon stop"],
    run: async ({ ctx, args }) => (await import("./daemon-command.js")).daemonCommand(ctx, args[0]),
  },
  {
    name: "watch",
    summary: "poll watched repositories once for new releases (token from GITHUB_TOKEN or GH_TOKEN), or show what the watcher remembers",
    options: ["once", "status", "max-requests", "dry-run", "watch", "config", ...RUNNING, ...STATE],
    optionHelp: { status: { description: "show what the watcher remembers per repository (asks GitHub nothing); takes no value" } },
    details: "Exit 1 when a step failed or every repository failed (GitHub unreachable, bad token).",
    examples: [
      'flows watch --once --dry-run --watch "openai/codex"',
      "GITHUB_TOKEN=$(gh auth token) flows watch --once",
      "flows watch --status --json",
    ],
    readsOnly: (values) => values["dry-run"] === true || values.status !== undefined,
    run: async ({ ctx, values, concurrency }) => {
      if (values.status) throw new UsageError(`flows watch --status takes no value; got "${values.status}".`, "watch");
      if (values.status !== undefined) refuseWithStatus(values);
      return (await import("./watch-command.js")).watchCommand(ctx, {
        once: values.once === true,
        status: values.status !== undefined,
        maxRequests: values["max-requests"],
        dryRun: values["dry-run"] === true,
        watch: values.watch,
        config: values.config,
        concurrency,
        bunPath: values.bun,
        workspaceBackendUrl: values["workspace-backend-url"],
      });
    },
  },
];

/**
 * `flows watch --status` reads what the watcher remembers and polls nothing, runs nothing: an
 * option of the poll given beside it would be taken and do nothing, so it is refused, naming both.
 */
const POLL_ONLY: ReadonlyArray<{ option: "once" | "dry-run" | "max-requests" | "concurrency" | "bun" | "workspace-backend-url"; why: string }> = [
  { option: "once", why: "--once polls. Give one" },
  { option: "dry-run", why: "--dry-run is for a poll (--once --dry-run lists what it would dispatch). Leave --dry-run out" },
  { option: "max-requests", why: "--max-requests bounds a poll's requests. Leave --max-requests out" },
  { option: "concurrency", why: "--concurrency is for the steps a poll runs. Leave --concurrency out" },
  { option: "bun", why: "--bun is for the steps a poll runs. Leave --bun out" },
  { option: "workspace-backend-url", why: "--workspace-backend-url is for the steps a poll runs. Leave --workspace-backend-url out" },
];

function refuseWithStatus(values: ParsedValues): void {
  const given = POLL_ONLY.find(({ option }) => values[option] !== undefined);
  if (given === undefined) return;
  throw new UsageError(`--status and --${given.option} do not go together: --status shows what the watcher remembers (it asks GitHub nothing and runs nothing), ${given.why}.`, "watch");
}

function fireOptions(values: ParsedValues, concurrency: number | undefined) {
  return {
    dryRun: values["dry-run"] === true,
    concurrency,
    bunPath: values.bun,
    workspaceBackendUrl: values["workspace-backend-url"],
    ...(values["state-dir"] !== undefined ? { stateDir: resolve(values["state-dir"]) } : {}),
  };
}

/** More positionals than the command's usage names is a mistake to say, not to drop. */
export function checkArgs(spec: CommandSpec, args: string[], where?: { cwd: string; repoRoot: string }): void {
  const most = spec.args?.match(/<[^>]+>/g)?.length ?? 0;
  const extra = args[most];
  if (extra === undefined) return;
  const usage = spec.args ? `flows ${spec.name} ${spec.args}` : `flows ${spec.name}`;
  // Every word too many read as an option's value, when each looks like one of a different
  // option's (`flows github push push.json`); else the first, when it does.
  const meant = args.slice(most).map((word) => optionMeant(spec, word));
  const options = new Set(meant.map((option) => option?.split(" ")[0]));
  const said = !options.has(undefined) && options.size === meant.length ? meant.join(" ") : meant[0];
  // `flows new x --on *`: the shell put the current folder's file names there.
  const expanded = spec.name === "new" && said === undefined && existsSync(extra) ? ` ${shellExpandedHint(extra)}` : "";
  // `flows validate flows/hello`: a folder, for a command that reads the flow roots.
  const folder = said === undefined && !expanded && most === 0 && where ? (folderArgumentHint(spec.name, extra, where) ?? "") : "";
  const hint = said === undefined ? expanded || folder : ` Did you mean ${said}?`;
  throw new UsageError(`unexpected argument "${extra}": the usage is ${usage}${most === 0 ? ", with options only" : ""}.${hint}`, spec.name);
}

/** The option a word given as an argument was likely meant for, written out (`--event event.json`), if any. */
function optionMeant(spec: CommandSpec, word: string): string | undefined {
  // `flows fire event.json`: the file is an option's value (`runs --event` takes an event id).
  const fileOption = spec.options.includes("event-path") ? "event-path" : spec.options.includes("event") && spec.name !== "runs" ? "event" : undefined;
  if (fileOption && (/\.json$/i.test(word) || word === "-")) return `--${fileOption} ${shellWord(word)}`;
  // `flows github push payload.json`: an event name is --event-name's (checked when it is given).
  if (spec.name === "github" && /^[a-z][a-z_]*$/.test(word)) return `--event-name ${word}`;
  return undefined;
}

/**
 * An event id (or run id) typed to look a stored one up: one longer than any event id may be
 * (MAX_EVENT_ID_LENGTH) names nothing stored, and is refused as such rather than echoed back in
 * full by "No event ... in the store".
 */
function storedId(value: string, where: string, command: string): string {
  if (value.length <= MAX_EVENT_ID_LENGTH) return value;
  throw new UsageError(
    `${where} is ${value.length.toLocaleString("en-US")} characters long, more than the ${MAX_EVENT_ID_LENGTH.toLocaleString("en-US")} an event id may have, so no stored event has it. ` +
      `\`flows events\` lists the stored events, with their ids.`,
    command,
  );
}

export function required(value: string | undefined, what: string, command: string): string {
  if (!value) throw new UsageError(`${what} is required.`, command);
  return value;
}

function readLimit(value: string | undefined, command: string): number | undefined {
  if (value === undefined) return undefined;
  return countOption(value, "--limit", command, "or leave --limit out to list them all");
}

/**
 * A count given on the command line (--limit, --concurrency, --max-requests): a whole number
 * from 1 to Number.MAX_SAFE_INTEGER. Digits past it are a whole number all the same, too large
 * to be counted exactly: said so, with the largest accepted, and `otherwise` (what else to do).
 */
export function countOption(value: string, option: string, command: string, otherwise?: string): number {
  const count = wholeNumber(value);
  if (count === undefined && /^\d+$/.test(value.trim())) {
    throw new UsageError(
      `${option} is too large: "${value.trim()}" is more than ${Number.MAX_SAFE_INTEGER}, the largest accepted. Give a smaller number${otherwise ? `, ${otherwise}` : ""}.`,
      command,
    );
  }
  if (count === undefined || count < 1) throw new UsageError(`${option} must be a whole number of at least 1; got "${value}".`, command);
  return count;
}
