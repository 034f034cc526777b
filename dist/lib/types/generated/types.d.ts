/**
 * The explanation an HTTP flow backend gives with an answer that is not 2xx: {"error": "..."}, {"error": {"message": "..."}} or {"message": "..."}, in that order of precedence. Any other body (plain text, an HTML page, other JSON) is quoted as text. Quoted redacted, on one line, cut to 300 characters.
 */
export type BackendErrorAnswer = ({
    error: string;
} | {
    error: {
        message: string;
    };
} | {
    message: string;
});
/**
 * A run as an HTTP flow backend answers it (after unwrapping {run: ...} / {data: ...}). Read leniently: runId for id, flow/step for flowName/stepName, status for processStatus (or a FlowResult status for a finished process), result for resultPayload, version for flowVersion (which may be left out), times as ISO strings or epoch milliseconds, errors as strings or {message}. effectiveStatus and needsAttention are always derived again. The older runtime's backend (codex-workspace-backend-local) sends no version, its FlowResult inside resultJson (the text {"flow","step","result"} its runner printed) and the runner's stdout and stderr.
 */
export type BackendRun = (({
    id: string;
} | {
    runId: string;
}) & {
    [k: string]: unknown | undefined;
} & ({
    flowName: string;
} | {
    flow: string;
}) & ({
    stepName: string;
} | {
    step: string;
}) & {
    id?: string;
    runId?: string;
    eventId: string;
    flowName?: string;
    flow?: string;
    stepName?: string;
    step?: string;
    flowVersion?: (number | string);
    version?: (number | string);
    runner?: (null | FlowRunner);
    processStatus?: ProcessStatus;
    status?: (ProcessStatus | FlowResultStatus);
    resultStatus?: (null | FlowResultStatus);
    effectiveStatus?: (null | (ProcessStatus | FlowResultStatus));
    needsAttention?: boolean;
    resultPayload?: (null | FlowResult);
    result?: (null | FlowResult);
    /**
     * The older runtime's backend: JSON text, {"flow", "step", "result": FlowResult} or a FlowResult.
     */
    resultJson?: (null | string);
    attempts?: (null | Attempt[]);
    output?: (null | string | {
        message: string;
    });
    error?: (null | string | {
        message: string;
    });
    stdout?: (null | string | {
        message: string;
    });
    stderr?: (null | string | {
        message: string;
    });
    createdAt?: (null | number | string);
    updatedAt?: (null | number | string);
    startedAt?: (null | number | string);
    completedAt?: (null | number | string);
    /**
     * Used when a number of milliseconds a Date can span (0 to 8.64e15); else worked out from startedAt and completedAt.
     */
    durationMs?: unknown;
    /**
     * The run is marked timed out only when this is true.
     */
    timedOut?: unknown;
    /**
     * The run is marked a replay only when this is true; when it is missing, the older runtime's backend (backend "workspace-local") marks a replay's runs by the `_replay` suffix of their ids.
     */
    replay?: unknown;
    /**
     * The run is marked as handled by an earlier delivery only when this is true.
     */
    alreadyHandled?: unknown;
    /**
     * "workspace-local" for the older runtime's backend; any other value is not read.
     */
    backend?: unknown;
});
export type FlowRunner = ("bun" | "code-mode");
/**
 * interrupted: the dispatcher died while the attempt ran (found by the next delivery).
 */
export type ProcessStatus = ("queued" | "running" | "completed" | "failed" | "canceled" | "interrupted");
export type FlowResultStatus = ("skipped" | "completed" | "changed" | "needs_intervention" | "blocked" | "failed");
export type Attempt = ({
    [k: string]: unknown | undefined;
} & {
    id?: string;
    number?: number;
    status?: ProcessStatus;
    processStatus?: ProcessStatus;
    resultStatus?: (null | FlowResultStatus);
    startedAt?: (null | number | string);
    completedAt?: (null | number | string);
    error?: (null | string | {
        message: string;
    });
    /**
     * The attempt is marked timed out only when this is true.
     */
    timedOut?: unknown;
    /**
     * The attempt is marked a replay only when this is true.
     */
    replay?: unknown;
});
/**
 * One line a client sends to `flows daemon` over its socket: a command to run (`flows fire` or `flows run`, from the launcher), a signal for the command running, or a question for the daemon itself (`flows daemon status`, `flows daemon stop`).
 */
export type DaemonRequest = ({
    kind: "run";
    /**
     * The command line after `flows`, whose first word is the command: fire or run (the launcher sends no other; the daemon refuses any other).
     *
     * @minItems 1
     * @maxItems 10000
     */
    argv: string[];
    /**
     * The client's current folder: the command runs there.
     */
    cwd: string;
    /**
     * The client's environment: the command and its steps see it, not the daemon's.
     */
    env: {
        [k: string]: string | undefined;
    };
    /**
     * The client's umask: files the command writes get its permissions.
     */
    umask: number;
    /**
     * Whether the client's standard output is a terminal.
     */
    stdout: boolean;
    /**
     * Whether the client's standard error is a terminal.
     */
    stderr: boolean;
} | {
    kind: "signal";
    /**
     * A signal the client received, for the command it asked for.
     */
    signal: ("SIGINT" | "SIGTERM" | "SIGHUP");
} | {
    /**
     * status: what the daemon is and has done; stop: end it.
     */
    kind: ("status" | "stop");
});
/**
 * resultStatus when there is one, else processStatus.
 */
export type EffectiveStatus = (FlowResultStatus | ProcessStatus);
/**
 * GitHub's answers as the release watcher reads them (src/github/releases.ts, src/github/release-lookups.ts): only the fields it uses are required, and other fields are allowed, as GitHub adds fields. An answer that fails its definition is not GitHub's (a proxy's page, a broken mirror): that repository's error for that poll. Each definition has a validator of its own (DEFINITION_VALIDATORS in scripts/build-schemas.mjs).
 */
export type GitHubAnswers = (GitHubRelease | GitHubReleasePage | GitHubRef | GitHubRefList | GitHubTagObject | GitHubRepository);
/**
 * A time as GitHub writes it (ISO 8601, 2025-01-01T00:00:00Z): the watcher compares releases by it, so a text Date.parse cannot read is refused.
 */
export type GitHubTime = string;
/**
 * One page of GET /repos/{owner}/{repo}/releases: per_page is at most 100.
 *
 * @maxItems 100
 */
export type GitHubReleasePage = GitHubRelease[];
/**
 * A full git object id, as GitHub gives commits and tag objects (SHA-1, or SHA-256): it becomes part of event ids and request paths.
 */
export type GitHubSha = string;
/**
 * GET /repos/{owner}/{repo}/git/matching-refs/tags/{prefix}: every matching ref in one list (not paged; read no further than TAG_REFS_MAX_BYTES).
 */
export type GitHubRefList = GitHubRef[];
/**
 * The reusable workflow's plan job → report job (the handled-runs output and input): the run views of steps the plan gave no job because they were handled before. At most 64 KiB of text, checked before parsing.
 *
 * @maxItems 2000
 */
export type HandledRuns = FlowRunView[];
/**
 * The reusable workflow's plan job → report job (the job-steps output and input): for each run-step job, by its matrix index (strategy.job-index), the run ids of the steps the plan gave it. The report job uses from a job's runs file only the runs of those steps. Ids only, so the runner never drops it as holding a secret.
 *
 * @maxItems 256
 */
export type JobSteps = string[][];
/**
 * A release id, as the counts and pages of a cursor: a whole number a JavaScript number holds exactly (at most Number.MAX_SAFE_INTEGER); a larger one is no id GitHub gave.
 */
export type ReleaseId = number;
/**
 * The tag of a release the next poll of this cursor's watch delivers again (an entry of `redeliver`); `flows forget` asks it of each cursor of the repository whose filter takes the tag.
 */
export type RedeliverTag = string;
/**
 * The id of an upstream.release.updated / .deleted event the next poll of this cursor's watch delivers again, as the state store holds it (an entry of `redeliverEvents`); `flows forget` asks it of each cursor of the repository with updates=true whose filter takes its tag.
 */
export type RedeliverEventId = string;
/**
 * What an HTTP flow backend answers to POST /events (after unwrapping {result: ...} / {data: ...}). `status` is the answer and required. Read leniently: a missing eventId, runIds, matched or event is taken from the event sent and the runs returned, and an eventId, matched or idempotent of another type is ignored. `event` is checked as a FlowEvent and each run as a BackendRun when the answer is read.
 */
export interface BackendDispatchAnswer {
    status: ("accepted" | "duplicate");
    /**
     * Used when a non-empty string; else the event's id.
     */
    eventId?: unknown;
    /**
     * At most 1,000 runs for one event: more is not a dispatch the action can wait for or report.
     *
     * @maxItems 1000
     */
    runIds?: (string[] | null);
    /**
     * Used when a whole number; else the number of run ids.
     */
    matched?: unknown;
    /**
     * Used when true or false; a duplicate is idempotent otherwise.
     */
    idempotent?: unknown;
    /**
     * A FlowEvent (flow-event.schema.json), or the event sent when missing.
     */
    event?: unknown;
    /**
     * A list of BackendRun (backend-run.schema.json) in any wrapper the run list reader takes.
     */
    runs?: unknown;
}
/**
 * What a step reports on its FLOW_RESULT {json} line (or returns, in module style). Other keys are kept.
 */
export interface FlowResult {
    status: FlowResultStatus;
    message?: string;
    artifacts?: Record<string, unknown>;
    /**
     * Events to dispatch after this run (id and type required).
     */
    next?: FlowEventInput[];
    annotations?: FlowAnnotation[];
    [k: string]: unknown | undefined;
}
/**
 * A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).
 */
export interface FlowEventInput {
    id: string;
    type: string;
    source?: string;
    occurredAt?: string;
    receivedAt?: string;
    payload?: unknown;
}
/**
 * A file/line note a step may return; shown as an annotation on checks. (Extension.)
 */
export interface FlowAnnotation {
    path: string;
    line?: number;
    endLine?: number;
    column?: number;
    level?: ("notice" | "warning" | "failure");
    message: string;
    title?: string;
}
/**
 * What `flows <command> --json` prints on standard output when the command stops before it has a result (a wrong command line, an unreadable or invalid event file, an id the store does not hold, a missing token), or when what it recorded could not be saved. The message is also on standard error.
 */
export interface CliError {
    error: {
        /**
         * usage: the command line is wrong (exit 2); failed: a problem stopped the command (exit 1); bug: an error in flows-action itself (exit 1, its stack on standard error).
         */
        kind: ("usage" | "failed" | "bug");
        /**
         * What went wrong and what to change, as standard error says it.
         */
        message: string;
        /**
         * The exit code the command ends with.
         */
        exitCode: number;
        /**
         * The command that was run, when one was recognised.
         */
        command?: string;
        /**
         * The file the problem is in, when there is one.
         */
        file?: string;
        line?: number;
        column?: number;
        /**
         * What to change, when the message alone does not say it.
         */
        hint?: string;
        /**
         * Problems in flow packages that go with the error (flows run naming a step that could not be loaded).
         */
        problems?: FlowDiagnostic[];
        /**
         * The document the command would have printed, when it ran but the state store could not save what it recorded: those steps ran, and would run again on a redelivery of their event.
         */
        result?: unknown;
    };
}
/**
 * A problem found in a flow package or schema: where it is and what to change.
 */
export interface FlowDiagnostic {
    severity: ("error" | "warning");
    file: string;
    line?: number;
    column?: number;
    message: string;
}
/**
 * What `flows help --json` (or `flows --help --json`) prints on standard output: every command, as `flows help` lists them; `flows help <command> --json` (or `flows <command> --help --json`): that command alone. The same table the text help is written from (src/cli/command-table.ts).
 */
export interface CliHelp {
    commands: CliHelpCommand[];
    /**
     * Options every command takes (and --version).
     */
    globalOptions: CliHelpOption[];
}
export interface CliHelpCommand {
    name: string;
    /**
     * Its positional arguments, as usage shows them (`<flow> <step>`).
     */
    args?: string;
    /**
     * `flows <name> [args] [options]`.
     */
    usage: string;
    summary: string;
    /**
     * More it says in its --help.
     */
    details?: string;
    /**
     * The options it takes besides the global ones, with its own wording where it differs.
     */
    options: CliHelpOption[];
    examples: string[];
}
export interface CliHelpOption {
    /**
     * Its long name, without the dashes.
     */
    name: string;
    /**
     * As help shows it: `-h, --help`, `--event FILE`.
     */
    flag: string;
    /**
     * Its one-letter form, without the dash.
     */
    short?: string;
    /**
     * Its value's name in help, for an option that takes one.
     */
    value?: string;
    /**
     * Whether it takes a value (`--limit 5`) or stands alone (`--dry-run`).
     */
    takesValue: boolean;
    /**
     * Given more than once, each value counts (`--input a=1 --input b=2`).
     */
    repeatable?: boolean;
    description: string;
}
/**
 * What `flows --version --json` prints on standard output: which flows-action this is, and the runtime the command runs on (Bun when one is found, else Node).
 */
export interface CliVersion {
    /**
     * The package the `flows` command comes from.
     */
    name: "flows-action";
    /**
     * Its version, from its package.json; null when that file could not be found.
     */
    version: (string | null);
    /**
     * What runs the command (steps always run on Bun).
     */
    runtime: {
        name: ("bun" | "node");
        /**
         * The runtime's version, without a leading v (1.2.3, 22.11.0).
         */
        version: string;
    };
}
/**
 * Everything a state store keeps about one event, as read from storage (any format version up to the current one; older records may lack the bookkeeping fields).
 */
export interface StoredEventRecord {
    formatVersion: number;
    event: FlowEventShape;
    runs: FlowRunView[];
    firstDispatchedAt?: string;
    updatedAt?: string;
    dispatchCount?: number;
    /**
     * Keys of the latest dispatches counted in dispatchCount (each dispatch draws one), so that merging two writers' records adds the dispatches only one of them counted.
     */
    dispatchKeys?: string[];
}
/**
 * An event that flows react to, as stored and passed between jobs (receivedAt and payload filled in). `id` is the caller-owned idempotency key.
 */
export interface FlowEventShape {
    /**
     * Idempotency key, e.g. patch:upstream.release:openai/codex:rust-v1.2.3. At most 2,048 characters (UTF-16 units): the id names the event's stored record and goes into check runs, comments, commit messages and log lines. Ids flows-action derives from a payload are kept under it (src/events/id.ts).
     */
    id: string;
    /**
     * Matched against trigger.type.
     */
    type: string;
    /**
     * Product or subsystem that emitted it.
     */
    source?: string;
    /**
     * ISO time of the domain event.
     */
    occurredAt?: string;
    /**
     * ISO time the flow system accepted it.
     */
    receivedAt: string;
    /**
     * Validated by each step's trigger schema.
     */
    payload: unknown;
}
/**
 * One executed (or deliberately not executed) step of one flow for one event.
 */
export interface FlowRunView {
    id: string;
    eventId: string;
    flowName: string;
    /**
     * The flow.toml version. Always there for runs of this action; left out for a flow backend's run when the backend does not say it (the older runtime's backend does not).
     */
    flowVersion?: number;
    stepName: string;
    runner: FlowRunner;
    processStatus: ProcessStatus;
    resultStatus?: FlowResultStatus;
    effectiveStatus: EffectiveStatus;
    needsAttention: boolean;
    attempts: FlowRunAttempt[];
    /**
     * Bounded tail of the step's stdout and stderr.
     */
    output?: string;
    resultPayload?: FlowResult;
    /**
     * Set when resultPayload keeps only part of a longer FLOW_RESULT (a flow backend's over 512 KiB, src/backend/kept-result.ts): the whole result's JSON as the reports lay it out (indented when that is at most 1 MiB, compact otherwise) and its size so in UTF-8 bytes. The reports lay the part out the same way and count the rest as cut.
     */
    wholeResult?: {
        bytes: number;
        indented: boolean;
    };
    error?: string;
    createdAt: string;
    updatedAt: string;
    startedAt?: string;
    completedAt?: string;
    durationMs?: number;
    timedOut?: boolean;
    replay?: boolean;
    /**
     * Set when this dispatch did not run the step because a stored run covers it: one that succeeded or waits on a human, or one that another dispatch is running now (its status queued or running).
     */
    alreadyHandled?: boolean;
}
export interface FlowRunAttempt {
    id: string;
    number: number;
    status: ProcessStatus;
    resultStatus?: FlowResultStatus;
    startedAt?: string;
    completedAt?: string;
    error?: string;
    /**
     * The attempt ran past the step's timeout_ms.
     */
    timedOut?: boolean;
    /**
     * The attempt was started by an explicit replay.
     */
    replay?: boolean;
    /**
     * Unique per attempt: how a merge of two writers' copies tells attempts apart.
     */
    key?: string;
    dispatcher?: FlowDispatcher;
    edit?: ReplayEdit;
    /**
     * The attempt ran though the event did not match the step, because it was named to run: `flows run <flow> <step>` of a step with no trigger (untriggered) or with --ignore-trigger (any), or a replay of such a run. A replay runs the step so again. Absent: started because the event matched it (and in records written before this field).
     */
    named?: ("untriggered" | "any");
}
/**
 * The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.
 */
export interface FlowDispatcher {
    host: string;
    pid: number;
    /**
     * The process's start (wall clock). A step of the clock moves it: on the same host and boot, startTicks names the process instead.
     */
    startedAt: string;
    /**
     * Linux: the process's start in clock ticks since boot (/proc/<pid>/stat), which no step of the wall clock moves. Compared only on the same host and boot (bootId); left out by older writers and where /proc is not there.
     */
    startTicks?: number;
    /**
     * Linux: the boot the process ran in (/proc/sys/kernel/random/boot_id), so that start ticks of another boot are never compared.
     */
    bootId?: string;
    until?: string;
}
/**
 * The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.
 */
export interface ReplayEdit {
    /**
     * Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...).
     */
    changed: string[];
    /**
     * The payload the attempt ran with.
     */
    payload: {
        [k: string]: unknown | undefined;
    };
}
/**
 * flow.toml: the manifest of a flow package (a folder with flow.toml, schemas/ and exec/ scripts). Point editors at this schema with a first line `#:schema https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json` (Taplo / Even Better TOML).
 */
export interface FlowManifest {
    /**
     * Schema for editors (ignored by flows-action).
     */
    $schema?: string;
    /**
     * The flow's name: unique among the packages of a repository (the first package found wins).
     */
    name: string;
    /**
     * The flow's version, a finite number (e.g. 1). Shown in run views as flowVersion.
     */
    version: number;
    /**
     * One line about what the flow does.
     */
    description?: string;
    /**
     * Free-form settings, passed to every step as flow.config.
     */
    config?: Record<string, unknown>;
    guidance?: {
        /**
         * Skills a Code Mode step should load.
         */
        skills?: string[];
    };
    /**
     * The steps, one [[steps]] section each.
     *
     * @minItems 1
     */
    steps: Step[];
}
export interface Step {
    /**
     * The step's name, unique within the flow.
     */
    name: string;
    /**
     * bun: run `bun <script>`; code-mode: run through Codex (gated by CODEX_FLOWS_MODE=code-mode or CODEX_FLOWS_ENABLE_CODE_MODE).
     */
    runner: ("bun" | "code-mode");
    /**
     * The script, relative to the package folder; it must stay inside the package.
     */
    script: string;
    /**
     * Working directory, relative to the package folder (default: the package folder). It may go up to the repository root (e.g. "../..") but not outside the repository.
     */
    cwd?: string;
    /**
     * Timeout in milliseconds (default 300000, at most 2147483647: about 24.8 days, the longest timer Node and Bun keep); the step's whole process tree is stopped when it runs past it.
     */
    timeout_ms?: number;
    trigger?: Trigger;
}
/**
 * Which FlowEvents the step reacts to. A step without trigger never matches an event.
 */
export interface Trigger {
    /**
     * The FlowEvent type to match; `*` matches any run of characters (e.g. "github.release.*").
     */
    type: string;
    /**
     * A JSON Schema file for event.payload, relative to the package folder; it must stay inside the package.
     */
    schema?: string;
    /**
     * A condition in GitHub's expression language (as in a workflow's `if:`), checked after type and schema, e.g. "startsWith(event.payload.tag, 'rust-v')". `${{ }}` around it is optional.
     */
    if?: string;
}
/**
 * A release (GET /repos/{owner}/{repo}/releases/{id}, /releases/tags/{tag}, and each item of the listing). Names, notes and tags of any length are cut or refused later, one release at a time (src/watch/); html_url holds the tag, so it is as long as the tag.
 */
export interface GitHubRelease {
    id: number;
    tag_name: string;
    name?: (string | null);
    body?: (string | null);
    draft: boolean;
    prerelease: boolean;
    published_at?: (GitHubTime | null);
    created_at: GitHubTime;
    html_url: string;
    /**
     * A branch (at most 255 bytes, as any ref) or a commit SHA.
     */
    target_commitish: string;
}
/**
 * A git ref (GET /repos/{owner}/{repo}/git/ref/tags/{tag}, and each item of matching-refs): its name and the object it points at, a commit (lightweight tag) or a tag object (annotated). GitHub refuses refs over 255 bytes.
 */
export interface GitHubRef {
    ref: string;
    object: {
        sha: GitHubSha;
        /**
         * commit, tag (an annotated tag's object), tree or blob; anything but tag is taken as a commit.
         */
        type?: string;
    };
}
/**
 * An annotated tag's object (GET /repos/{owner}/{repo}/git/tags/{sha}): the watcher reads only the commit it points at.
 */
export interface GitHubTagObject {
    object: {
        sha: GitHubSha;
    };
}
/**
 * GET /repos/{owner}/{repo} as far as watching reads it: its id, when it was created and its page, for when a listing holds none of the releases seen before. created_at and html_url go into a message, so both are short.
 */
export interface GitHubRepository {
    id: number;
    created_at: GitHubTime;
    html_url: string;
}
/**
 * The reusable workflow's plan job → report job (the handled-steps output and input): every step the plan counted as handled before (no run under the delivery's run cap), by run id, with its effective status then. Ids and status words only, so the runner never drops it as holding a secret, as it may drop handled-runs.
 */
export interface HandledSteps {
    [k: string]: EffectiveStatus | undefined;
}
/**
 * The fork handover: what a pull request's own (untrusted) job uploads for the trusted flows-report workflow to publish. Every field is bounded; names and ids are one clean line.
 */
export interface Handover {
    version: 1;
    repository: string;
    headSha: string;
    /**
     * @maxItems 10
     */
    prNumbers: number[];
    event: (FlowEventShape & {
        id?: string;
        type?: string;
        source?: string;
        receivedAt?: string;
        occurredAt?: string;
        payload?: Record<string, unknown>;
    });
    /**
     * @maxItems 500
     */
    runs: (FlowRunView & {
        id?: string;
        eventId?: string;
        flowName?: string;
        stepName?: string;
        /**
         * @maxItems 50
         */
        attempts?: (FlowRunAttempt & {
            id?: string;
            number?: number;
            startedAt?: string;
            completedAt?: string;
            error?: string;
        })[];
        output?: string;
        error?: string;
        createdAt?: string;
        updatedAt?: string;
        startedAt?: string;
        completedAt?: string;
        resultPayload?: {
            message?: string;
        };
    })[];
    /**
     * @maxItems 500
     */
    problems?: (FlowDiagnostic & {
        file?: string;
        message?: string;
    })[];
}
/**
 * What a run-step job of the reusable workflow hands to the report job: its runs and the events they chained to.
 */
export interface RunsFile {
    version: 1;
    event: FlowEventShape;
    /**
     * A child event only: the id of the run, in the event just above, whose FlowResult.next asked for it. The report job uses a child event only when that run is one it kept from the same file; an older flows-action wrote none, and such child events are refused.
     */
    requestedBy?: string;
    runs: FlowRunView[];
    children: RunsFile[];
}
/**
 * One shard of the state branch's index (index/<2 hex>.json, src/state/branch-index.ts): what `flows runs` and `flows show` need of each record under events/<2 hex>/, keyed by the record's hash. Stored input anyone with push access can edit: a shard that fails this check covers nothing (its records are read whole), and an entry that fails StateIndexEntry, or whose key is not a record hash, is left out alone (its record is read whole). Every field is bounded.
 */
export interface StateIndexShard {
    /**
     * INDEX_FORMAT_VERSION (1).
     */
    formatVersion: 1;
    /**
     * Record hash (the sha256 of its event id, the name of events/<2 hex>/<hash>.json) → its entry. At most 65,536 a shard: 16.7 million records over the 256 shards.
     */
    records: {
        [k: string]: StateIndexEntry | undefined;
    };
}
/**
 * One record's entry: the blob it describes, its event id, whether its event is internal, and its runs. It counts only while the record at the tip is that blob.
 */
export interface StateIndexEntry {
    /**
     * The git blob id of the record this entry describes (sha1, or sha256 in a sha256 repository).
     */
    oid: string;
    event: string;
    /**
     * The event's type starts with the internal prefix (src/state/query.ts).
     */
    internal?: true;
    /**
     * @maxItems 10000
     */
    runs: [string, string, string, (0 | 1)][];
}
/**
 * Where polling of one upstream repository's releases left off for one watch filter, kept in the state store.
 */
export interface WatchCursor {
    /**
     * WATCH_CURSOR_FORMAT (1).
     */
    format: number;
    /**
     * owner/repo, as configured.
     */
    repo: string;
    /**
     * ETag of the first page of releases at the last poll that changed something.
     */
    etag?: string;
    /**
     * ETag of the second page, when the repository has one.
     */
    deepEtag?: string;
    end?: ListingEndMark;
    backlog?: Backlog;
    /**
     * When `etag` was received.
     */
    etagAt?: string;
    /**
     * ETag of the tag refs listing (updates=true), as older versions kept it: no longer used.
     */
    tagsEtag?: string;
    /**
     * The prefixes the dispatched tags are listed by (updates=true), in the order polls ask them, with their ETags.
     */
    tagListings?: TagListing[];
    /**
     * The latest publishedAt seen; a release published before it is not new.
     */
    watermark?: string;
    /**
     * The newest releases seen (any filter), newest first, at most SEEN_RELEASES_KEPT.
     */
    seen: SeenRelease[];
    /**
     * Releases waiting for min-age, oldest first.
     */
    pending?: HeldRelease[];
    /**
     * Releases dispatched, newest first, at most DISPATCHED_RELEASES_KEPT.
     */
    dispatched?: DispatchedRelease[];
    /**
     * Drafts listed by a poll, newest commit date first, at most DRAFTS_WATCHED (10): published, a draft keeps its place in the listing (by its commit's date), often below the pages polls watch, so each poll that does not list one asks for it by id (etag: that answer's, for a free 304). Not its tag or name: the state store may be readable by more people than the upstream's drafts.
     *
     * @maxItems 10
     */
    drafts?: WatchedDraft[];
    /**
     * Tags to deliver again at the next poll (steps failed or canceled, or `flows forget`); oldest first, at most REDELIVER_TAGS_KEPT (100): past it the oldest are dropped with a warning.
     *
     * @maxItems 100
     */
    redeliver?: RedeliverTag[];
    /**
     * Ids of upstream.release.updated / .deleted events to deliver again at the next poll, as the state store holds them (steps failed or canceled, or `flows forget`); oldest first, at most REDELIVER_EVENTS_KEPT (100): past it the oldest are dropped with a warning.
     *
     * @maxItems 100
     */
    redeliverEvents?: RedeliverEventId[];
    /**
     * When this cursor was written.
     */
    polledAt: string;
    /**
     * The last poll, refreshed on unchanged polls at most every CHECKED_AT_REFRESH_MS.
     */
    checkedAt?: string;
    githubClock?: GithubClock;
    /**
     * The filter of the watch this cursor belongs to (watchFilterText: its tags=, prereleases=, min-age= and updates=; "" for none). Each filter keeps its own cursor: record flows-action:watch-cursor:owner/repo for none, flows-action:watch-cursor:owner/repo:filter-<first 12 hex digits of the SHA-256 of its options, sorted> for another. Absent in older cursors (any watch of the repository takes one up, and saves its own).
     */
    filter?: string;
}
/**
 * The end of the listing at the last read: boundary is the last release that read listed, below how many were listed after it, of count in all; page and etag are the end page, asked after pages 1 and 2 answer 304, and first the id of the first release on it.
 */
export interface ListingEndMark {
    boundary: number;
    below: number;
    count: number;
    page?: number;
    etag?: string;
    /**
     * The id of the first release on the end page: listed further down there later, releases were added above it (also when as many were deleted).
     */
    first?: number;
}
/**
 * Releases listed below where a poll stopped reading, not read yet: the next poll reads on after `after`; new when published at or after `from` (absent: any) and never seen or dispatched; `missing`: how many were added down there, when known.
 */
export interface Backlog {
    after: BacklogAfter;
    page: number;
    from?: string;
    tie?: BacklogTie;
    missing?: number;
    older?: BacklogPart;
}
/**
 * The release a poll stopped reading at: the next poll reads on below it (looked for by id; createdAt only guides the search).
 */
export interface BacklogAfter {
    id: number;
    tag: string;
    createdAt: string;
}
/**
 * Releases published at `at` (the watermark, just before `from`) count as new too unless their id is in `seen` (those seen then): GitHub's times are whole seconds.
 */
export interface BacklogTie {
    at: string;
    seen: ReleaseId[];
}
/**
 * An older place to read on from once this one is done (a second burst arrived before the first was read).
 */
export interface BacklogPart {
    after: BacklogAfter;
    page: number;
    from?: string;
    tie?: BacklogTie;
    missing?: number;
}
/**
 * A group of dispatched tags, listed by GET .../git/matching-refs/tags/<prefix>, with its ETag.
 */
export interface TagListing {
    prefix: string;
    etag?: string;
    /**
     * Its answer was more than a poll reads (TAG_REFS_MAX_BYTES): its tags are listed by the narrower prefixes in `parts`, and the whole is not asked again. Older cursors have it without `parts`: the group is split at the next poll.
     */
    tooLarge?: true;
    /**
     * With tooLarge: the narrower prefixes the group's dispatched tags are listed by, in the order polls ask them, with their ETags.
     */
    parts?: TagListingPart[];
}
/**
 * A narrower prefix a group too large to list whole is split into.
 */
export interface TagListingPart {
    prefix: string;
    etag?: string;
    /**
     * This part too was more than a poll reads: split further; when it is a dispatched tag itself, that tag's own ref is asked instead (exact); when split TAG_SPLIT_MAX_DEPTH times, asked again conditionally, its tags' moves unseen meanwhile.
     */
    tooLarge?: true;
    /**
     * With tooLarge: the prefix is a dispatched tag, listed by its own ref (GET .../git/ref/tags/<prefix>); etag is that answer's.
     */
    exact?: true;
}
export interface SeenRelease {
    id: number;
    tag: string;
    publishedAt: string;
    prerelease: boolean;
}
/**
 * A release held back by `min-age`.
 */
export interface HeldRelease {
    id: number;
    tag: string;
    /**
     * GitHub's published_at, or the first-seen time when it had none usable.
     */
    publishedAt: string;
    /**
     * The poll that first saw it, on GitHub's clock (its Date header) when known, else the runner's.
     */
    firstSeenAt: string;
    /**
     * The same poll on the runner's clock, when it differed from firstSeenAt (absent in older cursors).
     */
    runnerFirstSeenAt?: string;
    /**
     * Where its age counts from.
     */
    ageFrom: ("published" | "first-seen");
    /**
     * Commit date (GitHub's list order), to tell "deleted" from "beyond the pages read".
     */
    createdAt: string;
}
/**
 * A release this watch dispatched, as it was then.
 */
export interface DispatchedRelease {
    id: number;
    tag: string;
    eventId: string;
    prerelease: boolean;
    createdAt: string;
    dispatchedAt: string;
    /**
     * The commit the tag pointed at, when known.
     */
    commit?: string;
    /**
     * What the tag ref pointed at (commit or tag object SHA), with updates=true.
     */
    tagObject?: string;
}
/**
 * A draft a poll listed: asked for by id (etag: that answer's, for a free 304). Not its tag or name.
 */
export interface WatchedDraft {
    id: number;
    createdAt: string;
    etag?: string;
}
/**
 * GitHub's time (an answer's Date header) and the runner's at the same moment, as a poll last saw them: what `flows watch --status` tells eligibility by. Rewritten only when their difference changed by a minute or more; absent when the last poll had no time from GitHub.
 */
export interface GithubClock {
    github: string;
    runner: string;
}
