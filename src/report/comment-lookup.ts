import type { GitHubClient } from "../github/client.js";
import { type IssueCommentPage, type IssueCommentRecord, issueCommentPage } from "../github/comments.js";

/**
 * List requests one lookup of our comment makes at most. A pull request of up to this many
 * pages of 100 comments is read whole (oldest first, only as far as needed); a longer one
 * is read where our comment can be (see ourComments), never more than this.
 */
export const MAX_LOOKUP_PAGES = 10;

const DAY_MS = 24 * 60 * 60_000;

/**
 * How far back a long conversation is asked for the comments updated since. Every run edits
 * our comment, so it is among those updated since its last run, and it sorts (oldest first)
 * before every comment written since: the first page of such a listing holds it.
 */
export const RECENTLY_UPDATED_MS = [DAY_MS, 30 * DAY_MS] as const;

export type OurCommentsOptions = {
  client: GitHubClient;
  repository: string;
  issueNumber: number;
  isOurs: (comment: IssueCommentRecord) => boolean;
  /** Only comments updated at or after this time (`YYYY-MM-DDTHH:MM:SSZ`), read from the start. */
  since?: string;
  /** How long after one of ours a racing job's duplicate can have been written. */
  raceWindowMs: number;
};

/** What a lookup read: for the warning when it could not read everything. */
export type LookupCoverage = {
  pagesRead: number;
  /** Every comment the listing holds was read. */
  complete: boolean;
  /** The unfiltered listing's page count, once known. */
  lastPage?: number;
};

export type OurComments = {
  /** The next of ours, in the order read; undefined once the listing or the page budget is spent. */
  next(): Promise<IssueCommentRecord | undefined>;
  /** The rest of ours written within the race window of `first` (the one `next` gave last). */
  racingAfter(first: IssueCommentRecord): Promise<IssueCommentRecord[]>;
  coverage(): LookupCoverage;
};

type PageRead = { page: number; since?: string };

/**
 * Our comments on the pull request, read a page at a time, no further than asked and never more
 * than MAX_LOOKUP_PAGES pages. The first page (oldest 100) comes first: the comment is written
 * on a pull request's first run, so it is usually there, and the page names the last one. Up to
 * MAX_LOOKUP_PAGES pages, the rest are read in order, as far as needed. Past that, the comments
 * updated in the last day, then the last 30 days (one page each: ours, edited by each run,
 * comes before everything written since), then pages from both ends in turn: the newest (a
 * comment created late, by a workflow added later or a new `comment-key`) and the next oldest.
 */
export function ourComments(options: OurCommentsOptions): OurComments {
  let pagesRead = 0;
  let lastPage: number | undefined;
  let complete = false;
  let buffered: IssueCommentRecord[] = [];
  /** The page read last, and the last page of its listing. */
  let current: (PageRead & { last: number }) | undefined;
  /** Past the first page, the pages still to read out of order (a long conversation). */
  let planned: PageRead[] | undefined;
  const offered = new Set<number>();

  const read = async (at: PageRead): Promise<IssueCommentPage> => {
    pagesRead++;
    const page = await issueCommentPage(options.client, {
      repository: options.repository,
      issueNumber: options.issueNumber,
      page: at.page,
      ...(at.since ? { since: at.since } : {}),
    });
    current = { ...at, last: page.lastPage };
    buffered = page.comments;
    return page;
  };

  /** The page after the current one in the same listing; false when it has none or the budget is spent. */
  const readOn = async (): Promise<boolean> => {
    if (!current || pagesRead >= MAX_LOOKUP_PAGES) return false;
    // Out of order, a page ends with itself: the next one in order is not the next to read.
    if (planned && current.page !== 1) return false;
    if (current.page >= current.last) return false;
    await read({ ...current, page: current.page + 1 });
    return true;
  };

  /** Reads the next page to look at; false when there is none left (or no budget). */
  const readNext = async (): Promise<boolean> => {
    if (!current) {
      const first = await read({ page: 1, ...(options.since ? { since: options.since } : {}) });
      if (options.since === undefined) lastPage = first.lastPage;
      if (first.lastPage > MAX_LOOKUP_PAGES && options.since === undefined) {
        planned = longConversation(first.lastPage, clockOf(first));
      }
      complete = first.lastPage <= 1;
      return true;
    }
    if (!planned) {
      const more = await readOn();
      if (current.page >= current.last) complete = true;
      return more;
    }
    const at = planned.shift();
    if (!at || pagesRead >= MAX_LOOKUP_PAGES) return false;
    await read(at);
    return true;
  };

  const nextComment = async (more: () => Promise<boolean>): Promise<IssueCommentRecord | undefined> => {
    while (buffered.length === 0) {
      if (!(await more())) return undefined;
    }
    return buffered.shift();
  };

  return {
    async next() {
      for (let comment = await nextComment(readNext); comment; comment = await nextComment(readNext)) {
        if (options.isOurs(comment) && !offered.has(comment.id)) {
          offered.add(comment.id);
          return comment;
        }
      }
      return undefined;
    },
    async racingAfter(first) {
      // Ids ascend with creation, so past the first comment written after the window no
      // comment can be a duplicate from the race that `first` was in.
      const end = Date.parse(first.createdAt) + options.raceWindowMs;
      const found: IssueCommentRecord[] = [];
      for (let comment = await nextComment(readOn); comment; comment = await nextComment(readOn)) {
        if (Date.parse(comment.createdAt) > end) break;
        if (options.isOurs(comment) && !offered.has(comment.id)) found.push(comment);
      }
      return found;
    },
    coverage: () => ({ pagesRead, complete, ...(lastPage !== undefined ? { lastPage } : {}) }),
  };
}

/** Says that a conversation too long to read whole showed no comment of ours in the part read. */
export function unreadWarning(where: { issueNumber: number; marker: string }, coverage: LookupCoverage, outcome: string): string {
  const total = coverage.lastPage ? `about ${(coverage.lastPage * 100).toLocaleString("en-US")} comments` : "more comments than flows-action reads";
  const marker = where.marker.replace(/^<!--\s*|\s*-->$/g, "");
  return `Pull request #${where.issueNumber} has ${total}; flows-action read ${coverage.pagesRead} pages of them (at most ${MAX_LOOKUP_PAGES} a run: the oldest, those updated in the last 30 days, and the newest) and found no comment of its own (${marker}), so ${outcome}. A comment of flows-action's further up, if there is one, is no longer updated: delete it, and the next run keeps to the one it finds.`;
}

/** The pages read of a conversation longer than MAX_LOOKUP_PAGES, after its first. */
function longConversation(lastPage: number, now: number): PageRead[] {
  const plan: PageRead[] = RECENTLY_UPDATED_MS.map((ago) => ({ page: 1, since: githubTime(now - ago) }));
  for (let back = lastPage, front = 2; front <= back && plan.length < MAX_LOOKUP_PAGES; back--, front++) {
    plan.push({ page: back });
    if (front < back) plan.push({ page: front });
  }
  return plan;
}

/** GitHub's clock when it answered, else ours: `since` is compared with GitHub's timestamps. */
function clockOf(page: IssueCommentPage): number {
  const told = page.date ? Date.parse(page.date) : Number.NaN;
  return Number.isFinite(told) ? told : Date.now();
}

/** GitHub's timestamp form for `since` (`YYYY-MM-DDTHH:MM:SSZ`). */
export function githubTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
