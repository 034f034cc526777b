import type { DispatchResult, FlowDiagnostic, FlowEvent, FlowRunView } from "../contracts.js";
import type { ChangedFilesSource } from "../flows/index.js";
import type { ConditionGitHubContext } from "../flows/condition.js";
import type { StepExplanation } from "../flows/explain.js";
import type { DiscoveryResult, MatchResult, ShadowedFlow, StepMismatch } from "../flows/types.js";
import type { StepOutputStream } from "../runners/types.js";
import type { StepSlots } from "./pool.js";
import type { StateStore } from "../state/types.js";
/**
 * Live progress, for logs, check runs and terminals. Every callback is optional.
 *
 * A callback that throws (or rejects) fails the dispatch with its error, whichever callback it
 * is, the way a store that cannot save does: from then on no step starts, in the event or the
 * `next` events of the delivery; steps already running run to their end; every end is saved
 * (and told to `onStepEnd`) before the dispatch rejects. A step that had not started yet is
 * recorded failed, `not started: the dispatch observer's <callback> threw ...`, so the event's
 * next delivery runs it; one not reached is not recorded at all. In detail: the step whose
 * `onStepStart` threw does not start; one whose `onStepLine` threw runs to its end (told no more
 * of its lines); `onStepEnd` is told after the step's end is saved, so that end stays saved.
 */
export type DispatchObserver = {
    onStepStart?(run: FlowRunView): void | Promise<void>;
    onStepLine?(run: FlowRunView, stream: StepOutputStream, line: string): void;
    onStepEnd?(run: FlowRunView): void | Promise<void>;
};
export type DispatchOptions = {
    /** Repository the flow roots are relative to. */
    repoRoot: string;
    /** Flow roots, first wins on duplicate names (default `.codex/flows`, `flows`). */
    roots?: string[];
    /** Already discovered flows (skips discovery). */
    discovery?: DiscoveryResult;
    store?: StateStore;
    /** Steps in flight at once, those of `next` events included (default {@link DEFAULT_CONCURRENCY}: steps mostly wait on processes and the network). */
    concurrency?: number;
    /** Host environment steps inherit, filtered by the step environment policy. */
    env?: NodeJS.ProcessEnv;
    /** Pass GITHUB_ENV and GITHUB_PATH to steps, so they can export variables to later job steps (default false). */
    exportEnv?: boolean;
    /**
     * `bun` to run steps with, or a function that finds or installs it on first use. Default: an
     * executable named by FLOWS_BUN, then Bun installed next to flows-action, then PATH; when none
     * is found, dispatch throws BunNotFoundError before storing anything.
     */
    bunPath?: string | (() => Promise<string>);
    /** Match and report, run nothing, record nothing. */
    dryRun?: boolean;
    /** Run every matching step again, even settled ones, as replay attempts. */
    replay?: boolean;
    launchedBy?: string;
    /** `runtime.workspaceBackendUrl` and CODEX_WORKSPACE_BACKEND_WS_URL for steps (default: the host's CODEX_WORKSPACE_BACKEND_WS_URL). */
    workspaceBackendUrl?: string;
    /**
     * Run ids of steps the caller knows were handled before though `store` may not say so (the
     * reusable workflow's report job, told by its plan job): under the run cap they cost no run, as
     * a step the store shows handled does. The event's own steps only, not its `next` events'.
     */
    handledBefore?: ReadonlySet<string>;
    /** Only these flow steps (by names); other matches are left out. */
    only?: Array<{
        flow: string;
        step: string;
    }>;
    /**
     * Which of the `only` steps run though the event did not match them. "untriggered": a step with
     * no [steps.trigger], which no event matches, run by hand (`flows run`); "any": every one,
     * whatever its trigger says (`flows run --ignore-trigger`, as the older runtime's `run`).
     * Default: none, only matched steps run.
     */
    runUnmatched?: "untriggered" | "any";
    /**
     * With replay: stored steps that run again though the event does not match them, as they were
     * started (FlowRunAttempt.named, `flows run <flow> <step>`): "untriggered" ones while they have
     * no trigger, "any" ones whatever their trigger says. The steps that match run as well (those
     * in `only`, when it is given too).
     */
    replayNamed?: ReadonlyArray<{
        flow: string;
        step: string;
        named: "untriggered" | "any";
    }>;
    /** How deep `FlowResult.next` events may chain (default DEFAULT_MAX_DEPTH). */
    maxDepth?: number;
    /**
     * Most step runs one delivery may cause, its own and those of every `next` event it leads to
     * (default 100): a step that asks for many `next` events per level cannot fan out without end.
     */
    maxRuns?: number;
    observer?: DispatchObserver;
    signal?: AbortSignal;
    /** The job's GitHub context: `github` in trigger conditions. */
    github?: ConditionGitHubContext;
    /** Lists a pull request's files for changed() in conditions (an API edge passed in). */
    changedFiles?: ChangedFilesSource;
    /** Attach `explanation` (why each step matched or not) to each outcome, for debug summaries. */
    explain?: boolean;
    now?: () => Date;
    /** The steps the event matched, from matchEvent (skips matching the event again). */
    match?: MatchResult;
    /** Told why each step matched or not, and what is loaded and stored (`core.debug` in the action). */
    debug?: (message: string) => void;
    /**
     * How a message writes a `flows` command it suggests, from the command's arguments (`runs --event
     * ID`); default `flows ARGS`. The CLI writes `npx flows` when npm started it, and adds the options
     * that chose its repository and store.
     */
    commandLine?: (args: string) => string;
};
/**
 * A dispatch result plus what explains it: mismatches, problems, chained events. `matched` keeps
 * the contract's meaning (0 for a duplicate, which dispatched nothing); the runs a dispatch
 * reused instead of running again carry `alreadyHandled` (see {@link alreadyHandledCount}).
 */
export type DispatchOutcome = DispatchResult & {
    /** Steps that did not match, with the reason. */
    mismatches: StepMismatch[];
    /** Manifest and schema problems met on the way. */
    problems: FlowDiagnostic[];
    shadowed: ShadowedFlow[];
    /** Outcomes of events the runs asked for in `FlowResult.next`. */
    children: DispatchOutcome[];
    /** A child's only: the id of the run whose `FlowResult.next` asked for this event. */
    requestedBy?: string;
    dryRun: boolean;
    /** With `explain`: every step and why it matched or not, stage by stage. */
    explanation?: StepExplanation[];
    /** Set on the first event when the run cap (`maxRuns`) stopped steps or `next` events. */
    runCap?: RunCapReport;
    /**
     * Set when the state store met more problems than it lists one by one (some kinds cut to
     * their first few, each kind's rest told in one warning): how many this dispatch reports in all.
     */
    storeProblemCount?: number;
};
export type RunCapReport = {
    maxRuns: number;
    skippedSteps: number;
    skippedEvents: number;
};
/** Default for DispatchOptions.maxRuns. */
export declare const DEFAULT_MAX_RUNS = 100;
/** Default for DispatchOptions.maxDepth: a chain of `next` events stops this many events deep. */
export declare const DEFAULT_MAX_DEPTH = 5;
/** What one delivery has spent, shared by the event and every `next` event it leads to. */
export type DeliveryBudget = {
    maxRuns: number;
    runs: number;
    events: number;
    skippedSteps: number;
    skippedEvents: number;
    /** The step whose `next` events were the first left out, to name it in the report. */
    firstSkippedBy?: string;
    /** flow.toml of the first matching step the cap left out. */
    firstSkippedStep?: {
        manifestPath: string;
        name: string;
    };
};
/** The options of one delivery's dispatch, with its defaults filled in and its budget. */
export type ResolvedOptions = DispatchOptions & {
    discovery: DiscoveryResult;
    store: StateStore;
    now: () => Date;
    budget: DeliveryBudget;
    /** The delivery's places for steps in flight (`concurrency`), shared with its `next` events. */
    slots: StepSlots;
    /**
     * The `next` events this delivery dispatched, by id: the first one asked for, and `ended`,
     * settled once that event's own steps have ended. The same event asked for again waits for it,
     * so it finds them handled, as a redelivery does, instead of running them a second time beside
     * the first; another event under that id is refused (event-identity.ts).
     */
    nextEvents: Map<string, {
        event: FlowEvent;
        ended: Promise<void>;
    }>;
};
