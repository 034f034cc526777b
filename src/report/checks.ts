import { type FlowDiagnostic, type FlowEvent, type FlowRunView, isUpstreamEventType } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import type { CheckConclusion, CheckOutput } from "../github/checks.js";
import type { GitHubClient } from "../github/client.js";
import { apiFailure, isDenied } from "../github/errors.js";
import type { TokenIdentity } from "../github/identity.js";
import { CheckRunCalls, ChecksStopped, OUTAGE_AFTER } from "./checks-api.js";
import {
  ANNOTATIONS_PER_REQUEST,
  type Annotations,
  annotatedOutput,
  builtAnnotations,
  joinedAnnotations,
  MAX_ANNOTATIONS_PER_CHECK,
  problemAnnotations,
  stepAnnotations,
} from "./checks-annotations.js";
import {
  checkName,
  eventCheckOutput,
  eventConclusion,
  problemsCheckOutput,
  runningOutput,
  stepCheckOutput,
  stepConclusion,
  unfinishedOutput,
} from "./checks-output.js";
import { plainText } from "./checks-text.js";
import { redactor } from "../redact.js";
import { sha256Hex } from "../hash.js";
import { type ReportLinks, restPlace } from "./comment-body.js";
import { packageCheckProblems } from "./problem-places.js";
import { flatten } from "./summary.js";

export { CHECKS_MODES, type ChecksMode } from "./modes.js";
import type { ChecksMode } from "./modes.js";

export type CheckRunsOptions = {
  client: GitHubClient;
  repository: string;
  mode: Exclude<ChecksMode, "off">;
  event: FlowEvent;
  /** The commit the check runs go on; undefined → no check runs. */
  headSha: () => Promise<string | undefined>;
  identity: () => Promise<TokenIdentity>;
  links: ReportLinks;
  /** A sentence shown in every summary (e.g. that a handover came from an untrusted job). */
  note?: string;
  repoRoot?: string;
  /**
   * Told about every call that failed for good; `denied` stops further calls. `partial`: the
   * check run was written, only part of it (some annotations) was not. `untried`: the check
   * runs `what` names were not tried after calls stopped (said even when the error was).
   */
  onFailure: (failure: { what: string; error: unknown; denied: boolean; partial?: boolean; untried?: boolean }) => void;
  /**
   * How long a step runs before its check run is created `in_progress` (default 3 s). A step
   * that ends sooner costs one write: its check run is created already completed.
   */
  liveAfterMs?: number;
  /** Annotations attached per check run, 50 per request (default 1,000, GitHub's display cap). */
  maxAnnotations?: number;
  now?: () => Date;
};

/**
 * Updates that attach annotations past the first 50 of a check run, for all the job's check runs
 * together (2,000 annotations more). Writes are spaced ~1 s apart, and GitHub takes at most 500
 * content-creating requests an hour (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits):
 * counted per check run alone, a delivery's 100 steps with 1,000 annotations each cost 1,900
 * updates, half an hour of writes and then hours held by the rate limit.
 */
export const ANNOTATION_UPDATES_PER_JOB = 40;

/**
 * Steps of one job that get a check run of their own; the steps past them share one check run
 * (`flows: <event type> (more steps)`). Each check run costs a write spaced ~1 s apart (the
 * lookups share one listing of the commit's check runs, see CheckRunCalls.findOurs), GitHub takes at most 500 content-creating requests an hour, and GITHUB_TOKEN has
 * 1,000 requests an hour per repository: an HTTP flow backend's 1,000 runs for one event, one
 * check run each, took 17 minutes of writes and 2,000 requests. As many as a delivery runs in
 * the action (DEFAULT_MAX_RUNS), so a job that ran its own steps never gets there.
 */
export const MAX_STEP_CHECK_RUNS = 100;

/** Writes are spaced ~1 s apart (plugin-throttling), so a live run must be worth two of them. */
export const DEFAULT_LIVE_AFTER_MS = 3_000;

/** A check run's completion; its annotations are built when it is sent, as far as they are sent. */
export type Completion = { conclusion: CheckConclusion; output: CheckOutput; annotations?: Annotations; startedAt?: string };

type Tracked = {
  name: string;
  /** The run view id, sent as `external_id` (per-step only). */
  runId?: string;
  id?: number;
  /** The check run's page, once GitHub said it. */
  url?: string;
  /** A create was sent: the check run may exist even if we never learnt its id. */
  startSent: boolean;
  /** Armed by the start; fires after liveAfterMs unless the step ended first. */
  liveTimer?: ReturnType<typeof setTimeout>;
  ended: boolean;
  completed: boolean;
  /** A call failed for good (after the client's retries): not tried again by finish(). */
  failed?: boolean;
  /**
   * The in-progress create failed (not for want of permission): the completion still creates
   * the check run, so this is reported only if that never happens.
   */
  liveFailure?: { what: string; error: unknown };
  chain: Promise<void>;
};

const PROBLEMS_CHECK = "flows: flow packages";

/**
 * Check runs for one dispatch: per step (`flows: <flow>/<step>`, in progress while the step
 * runs) or per event. Calls are queued per check run so the steps never wait for GitHub;
 * finish() waits for them and closes every check run still open.
 */
export class CheckRuns {
  private readonly tracked = new Map<string, Tracked>();
  private readonly calls: CheckRunCalls;
  private completedCount = 0;
  private annotationUpdatesLeft = ANNOTATION_UPDATES_PER_JOB;
  private finishing = false;

  constructor(private readonly options: CheckRunsOptions) {
    this.calls = new CheckRunCalls(options);
  }

  /** The write queue, shared with the check runs written where steps' results said (checks-targets.ts). */
  get writes(): CheckRunCalls {
    return this.calls;
  }

  get count(): number {
    return this.completedCount;
  }

  /** The page of each step's check run that GitHub told us about (per-step mode). */
  get links(): Array<{ runId: string; name: string; url: string }> {
    return [...this.tracked.values()].flatMap((tracked) => (tracked.runId && tracked.url ? [{ runId: tracked.runId, name: tracked.name, url: tracked.url }] : []));
  }

  // Quick steps never show `in_progress`: the live check run is created only once the step has
  // run for liveAfterMs; a step that ends first gets one write, its check run created completed.
  onStepStart(run: FlowRunView): void {
    const perStep = this.options.mode === "per-step";
    if (perStep && !this.mayHaveOwn(run)) return;
    const tracked = perStep ? this.track(this.stepName(run), run.id) : this.track(this.eventName());
    if (tracked.startSent || tracked.completed || tracked.liveTimer || tracked.ended) return;
    const goLive = (): void => {
      tracked.liveTimer = undefined;
      if (tracked.ended || tracked.completed || this.finishing) return;
      tracked.startSent = true;
      const output = perStep ? runningOutput(run, this.options.links) : { title: "Running", summary: "Flow steps are running." };
      this.enqueue(tracked, `create check run "${tracked.name}"`, () => this.start(tracked, run, output), { live: true });
    };
    const wait = this.options.liveAfterMs ?? DEFAULT_LIVE_AFTER_MS;
    if (wait <= 0) {
      goLive();
      return;
    }
    tracked.liveTimer = setTimeout(goLive, wait);
    tracked.liveTimer.unref?.();
  }

  onStepEnd(run: FlowRunView): void {
    if (this.options.mode !== "per-step" || stepConclusion(run) === undefined || !this.mayHaveOwn(run)) return;
    const tracked = this.track(this.stepName(run), run.id);
    tracked.ended = true;
    this.stopTimer(tracked);
    this.enqueue(tracked, `complete check run "${tracked.name}"`, () => this.complete(tracked, this.stepCompletion(run)));
  }

  /** Waits for every queued call. */
  async flush(): Promise<void> {
    for (;;) {
      const chains = [...this.tracked.values()].map((tracked) => tracked.chain);
      await Promise.all(chains);
      if ([...this.tracked.values()].every((tracked, i) => tracked.chain === chains[i])) return;
    }
  }

  /** Completes what the outcome reports and closes anything still open. Returns check runs completed. */
  async finish(outcome: DispatchOutcome | undefined, problems: readonly FlowDiagnostic[]): Promise<number> {
    this.finishing = true;
    for (const tracked of this.tracked.values()) this.stopTimer(tracked);
    await this.flush();
    const runs = outcome && !outcome.dryRun ? flatten(outcome).flatMap((each) => each.runs) : [];
    if (this.options.mode === "per-step") {
      const grouped: FlowRunView[] = [];
      for (const run of runs) {
        if (!this.mayHaveOwn(run)) {
          grouped.push(run);
          continue;
        }
        const tracked = this.track(this.stepName(run), run.id);
        if (tracked.completed || stepConclusion(run) === undefined) continue;
        tracked.ended = true;
        this.enqueue(tracked, `complete check run "${tracked.name}"`, () => this.complete(tracked, this.stepCompletion(run)));
      }
      if (outcome && grouped.length > 0) this.completeGrouped(outcome, grouped);
      const packageProblems = packageCheckProblems(problems);
      if (packageProblems.length > 0 && outcome && !outcome.dryRun) {
        const tracked = this.track(PROBLEMS_CHECK);
        this.enqueue(tracked, `create check run "${PROBLEMS_CHECK}"`, () =>
          this.complete(tracked, {
            conclusion: packageProblems.some((p) => p.severity === "error") ? "failure" : "neutral",
            output: problemsCheckOutput(packageProblems, this.options.links),
            annotations: builtAnnotations(problemAnnotations(packageProblems, this.options.repoRoot)),
          }),
        );
      }
    } else if (outcome && !outcome.dryRun && (runs.length > 0 || problems.length > 0 || this.tracked.size > 0)) {
      const tracked = this.track(this.eventName());
      // Every problem is counted in the summary, but only a flow package's points at a line of the commit.
      const annotations = joinedAnnotations([
        ...runs.map(stepAnnotations),
        builtAnnotations(problemAnnotations(packageCheckProblems(problems), this.options.repoRoot)),
      ]);
      this.enqueue(tracked, `complete check run "${tracked.name}"`, () =>
        this.complete(tracked, {
          // No run and no error: neutral. A flow package that could not be loaded fails it, as the job.
          conclusion: eventConclusion(runs, problems),
          output: eventCheckOutput(outcome, { links: this.options.links, note: this.options.note, problems }),
          annotations,
        }),
      );
    }
    await this.flush();
    for (const tracked of this.tracked.values()) {
      if (tracked.completed || !tracked.startSent || tracked.failed) continue;
      this.enqueue(tracked, `close check run "${tracked.name}"`, () => this.closeUnfinished(tracked));
    }
    await this.flush();
    for (const tracked of this.tracked.values()) {
      if (tracked.liveFailure && !tracked.completed && !tracked.failed) this.options.onFailure({ ...tracked.liveFailure, denied: false });
    }
    const untried = [...this.tracked.values()].filter((t) => !t.completed && !t.failed && !t.liveFailure).map((t) => `"${t.name}"`);
    const these = `${untried.length === 1 ? "this one was" : `these ${untried.length} were`} not tried: ${untried.join(", ")}`;
    const unknownCommit = [...this.calls.unknownCommits.values()][0];
    if (unknownCommit !== undefined && untried.length > 0) {
      this.options.onFailure({ what: `a check run on that commit, so ${these}`, error: unknownCommit, denied: false, untried: true });
    } else if (this.calls.rateLimited !== undefined && untried.length > 0) {
      this.options.onFailure({ what: `a check run call, so ${these}`, error: this.calls.rateLimited, denied: false, untried: true });
    } else if (this.calls.outage !== undefined && untried.length > 0) {
      this.options.onFailure({ what: `${OUTAGE_AFTER} check run calls in a row, so ${these}`, error: this.calls.outage, denied: false });
    }
    return this.completedCount;
  }

  /**
   * A step's check run name on a pull request or commit its result named: always with the event
   * id, so that every job that reports the event writes the same one there (a scheduled poll,
   * where the release is not the job's own event, and a replay of it, where it is).
   */
  targetNameOf(run: FlowRunView): string {
    return `${checkName(run)} ${eventTag(run.eventId)}`;
  }

  /** A step's completed check run, as per-step mode writes it; undefined while it has not ended. */
  completionOf(run: FlowRunView): Completion | undefined {
    return stepConclusion(run) === undefined ? undefined : this.stepCompletion(run);
  }

  /** An ISO time without milliseconds, as the check run calls send. */
  timestamp(): string {
    return this.now();
  }

  /**
   * A step's check run name on the job's commit: without the event id for the job's own GitHub
   * event, with it for any other. An upstream event (a release of another repository) always
   * carries it, whether a poll found it or it is the job's own (a repository dispatch, a replay):
   * the same release then has one check run on a commit however it came, and two releases on
   * one commit have two.
   */
  private stepName(run: FlowRunView): string {
    const name = checkName(run);
    const own = run.eventId === this.options.event.id && !isUpstreamEventType(this.options.event.type);
    return own ? name : `${name} ${eventTag(run.eventId)}`;
  }

  private eventName(): string {
    return `flows: ${plainText(this.options.event.type, 120)}`;
  }

  /** Whether a step has (or may still get) a check run of its own: see MAX_STEP_CHECK_RUNS. */
  private mayHaveOwn(run: FlowRunView): boolean {
    if (this.tracked.has(this.stepName(run))) return true;
    return [...this.tracked.values()].filter((tracked) => tracked.runId !== undefined).length < MAX_STEP_CHECK_RUNS;
  }

  /** The steps past MAX_STEP_CHECK_RUNS, in one check run that lists them (as per-event mode does). */
  private completeGrouped(outcome: DispatchOutcome, runs: FlowRunView[]): void {
    const name = `${this.eventName()} (more steps)`;
    const tracked = this.track(name);
    const steps = `${runs.length} step${runs.length === 1 ? "" : "s"}`;
    const why =
      `${steps} past the first ${MAX_STEP_CHECK_RUNS} of this job share this check run instead of having one each: ` +
      `a check run is a write, and GitHub takes about one a second and at most 500 an hour. ${restSentence(this.options.links)}`;
    const note = [this.options.note, why].filter(Boolean).join("\n\n");
    const annotations = joinedAnnotations(runs.map(stepAnnotations));
    this.enqueue(tracked, `complete check run "${name}"`, () =>
      this.complete(tracked, {
        conclusion: eventConclusion(runs),
        output: eventCheckOutput({ ...outcome, runs, children: [] }, { links: this.options.links, note, problems: [] }),
        annotations,
      }),
    );
  }

  private track(name: string, runId?: string): Tracked {
    let tracked = this.tracked.get(name);
    if (!tracked) {
      tracked = { name, startSent: false, ended: false, completed: false, chain: Promise.resolve(), ...(runId ? { runId } : {}) };
      this.tracked.set(name, tracked);
    }
    return tracked;
  }

  private stopTimer(tracked: Tracked): void {
    if (tracked.liveTimer) clearTimeout(tracked.liveTimer);
    tracked.liveTimer = undefined;
  }

  private enqueue(tracked: Tracked, what: string, operation: () => Promise<void>, options: { live?: boolean } = {}): void {
    tracked.chain = tracked.chain.then(async () => {
      if (this.calls.stopped) return;
      try {
        await operation();
      } catch (error) {
        if (error instanceof ChecksStopped) return;
        const denied = isDenied(apiFailure(error));
        if (options.live && !denied) {
          tracked.liveFailure = { what, error };
          return;
        }
        tracked.failed = true;
        if (denied) this.calls.stopped = true;
        this.options.onFailure({ what, error, denied });
      }
    });
  }

  private stepCompletion(run: FlowRunView): Completion {
    const annotations = stepAnnotations(run);
    const output = stepCheckOutput(run, { links: this.options.links, note: this.options.note, malformedAnnotations: annotations.malformed });
    return {
      conclusion: stepConclusion(run) ?? "cancelled",
      output,
      annotations,
      ...(run.startedAt ? { startedAt: run.startedAt } : {}),
    };
  }

  private async start(tracked: Tracked, run: FlowRunView, output: CheckOutput): Promise<void> {
    // The step may have ended while this call waited its turn: completion will create it.
    if (tracked.ended || tracked.completed) return;
    const headSha = await this.options.headSha();
    if (!headSha) return;
    const existing = await this.calls.findOurs(tracked.name, headSha);
    const common = { ...this.detailsUrl(), ...(tracked.runId ? { externalId: tracked.runId } : {}), output };
    if (existing) {
      tracked.id = existing.id;
      tracked.url = existing.htmlUrl;
      // GitHub does not move a completed check run back to in progress; it keeps its last
      // conclusion until this attempt completes it again.
      if (existing.status === "completed") return;
      await this.calls.update({ ...common, checkRunId: existing.id, status: "in_progress", startedAt: this.now() });
      return;
    }
    const startedAt = run.startedAt ?? this.now();
    const created = await this.calls.create({ ...common, name: tracked.name, headSha, status: "in_progress", startedAt });
    tracked.id = created.id;
    tracked.url = created.htmlUrl;
  }

  // A step that never reported an end: close the check run we opened (or may have opened, if
  // the create's answer was lost). Earlier attempts' completed runs keep their result.
  private async closeUnfinished(tracked: Tracked): Promise<void> {
    if (tracked.id === undefined) {
      const headSha = await this.options.headSha();
      const found = headSha ? await this.calls.findOurs(tracked.name, headSha) : undefined;
      if (!found || found.status === "completed") return;
      tracked.id = found.id;
    }
    await this.complete(tracked, { conclusion: "cancelled", output: unfinishedOutput(this.options.links) });
  }

  // The first 50 annotations go with the completion, the rest in further updates.
  private async complete(tracked: Tracked, completion: Completion): Promise<void> {
    if (tracked.completed) return;
    const headSha = await this.options.headSha();
    if (!headSha) return;
    if (tracked.id === undefined) {
      const found = await this.calls.findOurs(tracked.name, headSha);
      tracked.id = found?.id;
      tracked.url = found?.htmlUrl;
    }
    // The updates that attach annotations past each check run's first 50 are shared by the job.
    const perCheck = Math.min(this.options.maxAnnotations ?? MAX_ANNOTATIONS_PER_CHECK, ANNOTATIONS_PER_REQUEST * (1 + this.annotationUpdatesLeft));
    const { output, rest } = annotatedOutput(completion.output, completion.annotations, perCheck);
    this.annotationUpdatesLeft -= rest.length;
    const fields = { conclusion: completion.conclusion, completedAt: this.now(), ...this.detailsUrl() };
    let checkRunId = tracked.id;
    let full: boolean;
    if (checkRunId === undefined) {
      const extra = {
        ...(tracked.runId ? { externalId: tracked.runId } : {}),
        ...(completion.startedAt ? { startedAt: completion.startedAt } : {}),
      };
      const created = await this.calls.createCompleted({ ...fields, ...extra, name: tracked.name, headSha }, output);
      checkRunId = created.record.id;
      tracked.id = checkRunId;
      tracked.url = created.record.htmlUrl;
      full = created.full;
    } else {
      full = await this.calls.complete(checkRunId, fields, output);
    }
    tracked.completed = true;
    this.completedCount++;
    // Refused once, the further annotations would be refused as well.
    if (!full) return;
    const missed = await this.calls.attach(checkRunId, output, rest);
    if (missed) {
      const what = `attach annotations ${missed.from}–${missed.to} of ${missed.to} to check run "${tracked.name}", which was completed without them`;
      this.options.onFailure({ what, error: missed.error, denied: false, partial: true });
    }
  }

  private detailsUrl(): { detailsUrl?: string } {
    return this.options.links.runUrl ? { detailsUrl: this.options.links.runUrl } : {};
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
}

/**
 * `[<event id>]` in a check run's name. Where the id is shown other than it is, a short hash of it
 * whole follows: past 80 characters it is cut, and two releases whose ids agreed in their first 80
 * shared one check run, the second step's result written over the first's; shorter, ids that
 * differ only in what showing changes (`<` and `‹`, a line break and a space, a control character
 * and its `<U+0001>`, two secrets both `***`) shared one the same way. An id shown as it is keeps
 * the name it had, so the check runs already written under it are still found. So does one
 * whose only change is a mention broken (`octo-org/repo@\u200bv1`, every upstream release): the
 * zero-width space is plainText's own (one in the id is shown as `<U+200B>`), so no two ids
 * come out alike that way.
 */
function eventTag(eventId: string): string {
  const shown = plainText(eventId, EVENT_ID_CHARS);
  if (shown.replaceAll("@\u200b", "@") === eventId) return `[${shown}]`;
  // The hash is of the id redacted: of the id itself, it would tell a low-entropy secret in it
  // (a PIN in `redact`) to anyone who tries each value. Ids that differ only in a secret share a
  // name; an id without one hashes as it did.
  return `[${shown} #${sha256Hex(redactor.redact(eventId)).slice(0, 8)}]`;
}

const EVENT_ID_CHARS = 80;

function restSentence(links: ReportLinks): string {
  const rest = restPlace(links);
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}.`;
}
