import {
  type CheckAnnotationInput,
  type CheckConclusion,
  type CheckOutput,
  type CheckRunListing,
  type CheckRunRecord,
  type CreateCheckRunOptions,
  createCheckRun,
  listCheckRunsForRef,
  listCheckRunsPaged,
  type UpdateCheckRunOptions,
  updateCheckRun,
} from "../github/checks.js";
import type { GitHubClient } from "../github/client.js";
import { apiFailure, isDenied } from "../github/errors.js";
import type { TokenIdentity } from "../github/identity.js";
import { inlineText } from "./markdown.js";

/** A call skipped because an earlier one showed the token may not write check runs. */
export class ChecksStopped extends Error {
  override name = "ChecksStopped";
}

/** GitHub's 422 for a check run on a commit the repository does not have. */
export function isUnknownCommit(error: unknown): boolean {
  const failure = apiFailure(error);
  return failure.status === 422 && /\bNo commit found for SHA\b/i.test(failure.message);
}

/** Check run calls that failed for good in a row on 5xx or the network before the rest stop. */
export const OUTAGE_AFTER = 3;

/**
 * How long one listing of a commit's check runs is used to find ours. Another job on the same
 * commit (a push and a pull_request workflow running the same step) may create a step's check
 * run after it; a lookup by name just before each write saw that, and a listing older than this
 * is taken again: a job's lookups cost at most one read a minute, and never more than one a step.
 */
export const LISTING_FRESH_MS = 60_000;

/**
 * The check run calls of one reporter. Writes go one at a time (GitHub's write spacing makes
 * them so anyway) and each looks first whether it may still go: when the token may not write
 * check runs (a fork's read-only GITHUB_TOKEN), one refusal stops the rest instead of one
 * refusal per step; a rate limit the client gave up waiting for stops them too; when GitHub is down, OUTAGE_AFTER calls that failed in a row stop the rest
 * instead of each spending the retry plugin's back-off (14 s) in turn. Failed calls are not
 * retried here: the client's retry plugin already did (and createCheckRun its own creates).
 */
export class CheckRunCalls {
  stopped = false;
  /** The last error when calls stopped because GitHub kept failing (see OUTAGE_AFTER). */
  outage: unknown;
  /**
   * The error when calls stopped because a rate limit outlasted the client's wait: every later
   * call would wait it out again (a secondary limit: up to 3 retry-afters of up to 2 minutes
   * each, per call) and then fail, and GitHub asks an integration to stop calling meanwhile.
   */
  rateLimited: unknown;
  /**
   * Commits GitHub answered it does not have (422 "No commit found for SHA"), with that error:
   * every later create on one would be refused alike, so none is sent (ChecksStopped).
   */
  readonly unknownCommits = new Map<string, unknown>();
  private failedInARow = 0;
  private writes: Promise<unknown> = Promise.resolve();
  /** Each commit's check runs, listed once a LISTING_FRESH_MS (see findOurs); a failed listing is dropped, to be tried again. */
  private readonly listings = new Map<string, { at: number; listing: Promise<CheckRunListing> }>();
  /** `sha\0name` of every create sent: the listing may predate such a check run. */
  private readonly createsSent = new Set<string>();

  constructor(
    private readonly options: {
      client: GitHubClient;
      repository: string;
      identity: () => Promise<TokenIdentity>;
      now?: () => Date;
    },
  ) {}

  create(fields: Omit<CreateCheckRunOptions, "repository" | "appSlug">): Promise<CheckRunRecord> {
    return this.write(async () => {
      if (this.unknownCommits.has(fields.headSha)) throw new ChecksStopped();
      const appSlug = await this.appSlug();
      this.createsSent.add(`${fields.headSha}\0${fields.name}`);
      try {
        return await createCheckRun(this.options.client, { ...fields, repository: this.options.repository, ...(appSlug ? { appSlug } : {}) });
      } catch (error) {
        if (isUnknownCommit(error)) this.unknownCommits.set(fields.headSha, error);
        throw error;
      }
    });
  }

  update(fields: Omit<UpdateCheckRunOptions, "repository">): Promise<CheckRunRecord> {
    return this.write(() => updateCheckRun(this.options.client, { ...fields, repository: this.options.repository }));
  }

  /**
   * Completes a check run that exists. Never leaves it in progress: when the full output fails
   * for good (say a 422 on some annotation; 5xx were already retried by the client), it is
   * completed with a bare summary. False when the output was not attached in full.
   */
  complete(
    checkRunId: number,
    fields: { conclusion: CheckConclusion; completedAt: string; detailsUrl?: string },
    output: CheckOutput,
  ): Promise<boolean> {
    return this.withBareFallback(output, (body) => this.update({ ...fields, checkRunId, output: body })).then(({ full }) => full);
  }

  /** Creates a check run already completed, with complete()'s bare-summary fallback. */
  createCompleted(
    fields: Omit<CreateCheckRunOptions, "repository" | "output">,
    output: CheckOutput,
  ): Promise<{ record: CheckRunRecord; full: boolean }> {
    return this.withBareFallback(output, (body) => this.create({ ...fields, output: body }));
  }

  private async withBareFallback(
    output: CheckOutput,
    send: (body: CheckOutput) => Promise<CheckRunRecord>,
  ): Promise<{ record: CheckRunRecord; full: boolean }> {
    try {
      return { record: await send(output), full: true };
    } catch (error) {
      // Not the output's fault when the commit is unknown: a bare summary is refused alike.
      if (error instanceof ChecksStopped || apiFailure(error).kind !== "invalid" || isUnknownCommit(error)) throw error;
      // GitHub's words, which may quote what was sent: escaped like any outside text.
      const reason = inlineText(apiFailure(error).message, 400);
      const record = await send({ title: output.title, summary: `${output.title}\n\nThe full output could not be attached (${reason}); each step's status and output are in the job log.` });
      return { record, full: false };
    }
  }

  /**
   * The annotations past the first request's, one update per batch. The check run is complete
   * already, so a refusal stops the rest and is returned, naming the annotations not attached.
   */
  async attach(
    checkRunId: number,
    output: CheckOutput,
    rest: readonly CheckAnnotationInput[][],
  ): Promise<{ error: unknown; from: number; to: number } | undefined> {
    let attached = output.annotations?.length ?? 0;
    const total = attached + rest.reduce((sum, batch) => sum + batch.length, 0);
    for (const batch of rest) {
      try {
        await this.update({ checkRunId, output: { title: output.title, summary: output.summary, annotations: batch } });
      } catch (error) {
        if (error instanceof ChecksStopped) throw error;
        return { error, from: attached + 1, to: total };
      }
      attached += batch.length;
    }
    return undefined;
  }

  /**
   * Our newest check run with this name on the commit: a re-run updates it instead of adding
   * one. Ours: the same name, made by the token's app. Found in one listing of the commit's check
   * runs (CHECK_RUN_LISTING_PAGES pages at most), taken at the first look at that commit and
   * again once it is LISTING_FRESH_MS old, instead of one lookup by name per check run (100 step
   * check runs were 100 reads). Looked up by name
   * alone where the listing cannot tell: when the commit has more check runs than it holds, and
   * for a name this job sent a create for (the listing may be older than that check run).
   */
  async findOurs(name: string, headSha: string): Promise<CheckRunRecord | undefined> {
    const slug = await this.appSlug();
    if (!slug) return undefined;
    if (this.stopped) throw new ChecksStopped();
    const ours = (run: CheckRunRecord): boolean => run.name === name && run.appSlug === slug;
    if (!this.createsSent.has(`${headSha}\0${name}`)) {
      const listing = await this.listing(headSha);
      if (listing.complete) return listing.runs.find(ours);
      if (this.stopped) throw new ChecksStopped();
    }
    const runs = await this.counted(() =>
      listCheckRunsForRef(this.options.client, { repository: this.options.repository, ref: headSha, checkName: name }),
    );
    return runs.find(ours);
  }

  private listing(headSha: string): Promise<CheckRunListing> {
    const now = (this.options.now?.() ?? new Date()).getTime();
    const taken = this.listings.get(headSha);
    if (taken && now - taken.at < LISTING_FRESH_MS) return taken.listing;
    const listing = this.counted(() => listCheckRunsPaged(this.options.client, { repository: this.options.repository, ref: headSha }));
    const entry = { at: now, listing };
    this.listings.set(headSha, entry);
    listing.catch(() => {
      if (this.listings.get(headSha) === entry) this.listings.delete(headSha);
    });
    return listing;
  }

  private appSlug(): Promise<string | undefined> {
    return this.options.identity().then(
      (identity) => identity.appSlug,
      () => undefined,
    );
  }

  private write<T>(call: () => Promise<T>): Promise<T> {
    const turn = this.writes.then(() => {
      if (this.stopped) throw new ChecksStopped();
      return this.counted(call);
    });
    this.writes = turn.catch(() => undefined);
    return turn;
  }

  /** Runs a call, stopping the rest when it shows they would fail too. */
  private async counted<T>(call: () => Promise<T>): Promise<T> {
    try {
      const result = await call();
      this.failedInARow = 0;
      return result;
    } catch (error) {
      const failure = apiFailure(error);
      if (isDenied(failure)) this.stopped = true;
      if (failure.kind === "rate-limit") {
        this.stopped = true;
        this.rateLimited ??= error;
      }
      if ((failure.kind === "server" || failure.kind === "network") && ++this.failedInARow >= OUTAGE_AFTER) {
        this.stopped = true;
        this.outage ??= error;
      }
      throw error;
    }
  }
}
