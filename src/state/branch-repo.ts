import { AsyncLocalStorage } from "node:async_hooks";
import { fetchFailed, localDiskSaid, remoteHung, StateBranchError } from "./branch-errors.js";
import type { BranchStoreStats } from "./branch-options.js";
import { DEFAULT_GIT_TIMEOUT_MS, type GitCommand, type GitOutput, type Redact, readBlobs, runGit, type StoredBlob } from "./git.js";
import { MAX_TIMER_MS } from "../deadline.js";
import type { StoreProblem } from "./types.js";
import { STATE_README_PATH } from "./branch-commit.js";
import { EVENTS_DIR, eventRecordPath, recordContainerCap } from "./layout.js";
import { INDEX_DIR, indexShardPath, parseIndexShard, recordHash } from "./branch-index.js";

/** Where the fetched branch tip is kept in the private git directory. */
export const TIP_REF = "refs/flows/tip";
/** Where the remote's tip is fetched to check that a push landed (lookForPushed). */
const CHECK_REF = "refs/flows/check";
/** How many commits under the remote's tip a pushed commit is looked for (lookForPushed). */
const CHECK_DEPTH = 64;
/** The state repository's remote in the private git directory: a promisor for the records' blobs. */
const REMOTE = "state";
/** Paths given to one `git ls-tree` (its command line stays far under the system's limit). */
const LS_TREE_PATHS = 1_000;
/** A record's path on the branch (src/state/layout.ts). */
const RECORD_PATH = /^events\/[0-9a-f]{2}\/[0-9a-f]{64}\.json$/;
/** A shard of the branch's index (branch-index.ts). */
const INDEX_SHARD_PATH = /^index\/[0-9a-f]{2}\.json$/;

export type StateRepoOptions = {
  /** The private bare git directory (created when missing). */
  workDir: string;
  /** What chose it, for messages: "the temporary folder (TMPDIR)", "the store's workDir option". */
  workDirChosenBy: string;
  /** The remote's URL, without credentials. */
  url: string;
  branch: string;
  /** Credentials for git, in its environment (never in a URL or a config file). */
  authEnv: Record<string, string>;
  redact: Redact;
  /** The remote as it may be shown in a message. */
  shown: () => string;
  maxRecordBytes: number;
  stats: BranchStoreStats;
  /** One git command's time limit (default DEFAULT_GIT_TIMEOUT_MS). */
  gitTimeoutMs?: number;
  /** Told when the branch lost commits this store saw (movedBackWarning): a warning, never an error. */
  report: (problem: StoreProblem) => void;
  /**
   * The event ids this store read or saved in this job: a record the branch lost is named by one
   * of them when its index shard at the lost commit is not here (#namesOfGone).
   */
  knownEventIds?: () => Iterable<string>;
  /** Where the store keeps whether the remote hangs (RemoteHealth); kept across a failed open. */
  health?: RemoteHealth;
};

/**
 * Whether the remote hangs: `hung` is set when a git command that talks to it (fetch, push,
 * ls-remote) is stopped at its time limit (`atMs`: when), and cleared when a later one exits 0
 * (the remote answered). The store fails claims at once while it is set (BranchStateStore#claim).
 */
export type RemoteHealth = { hung?: { command: string; seconds: number; at: string; atMs: number } };

/**
 * What the remote's branch says of a commit a push reported taken (StateRepo#lookForPushed): it
 * holds it, it does not (`tip`: where the branch is, undefined when it is gone), or the look
 * failed (`unknown`: why; `kind`: "timeout" when it ran out of time).
 */
export type PushLanded = { held: true } | { held: false; tip: string | undefined } | { unknown: string; kind: "git" | "timeout" };

/** The git commands that talk to the remote. */
const REMOTE_COMMANDS = new Set(["fetch", "push", "ls-remote"]);

/**
 * The time limit of the flush or claim that git commands run in, or of a read outside any (`of`:
 * "read"): when it ends, and how long it was.
 */
export type FlushDeadline = { at: number; limitMs: number; of?: "save" | "read" };

// The deadline of the flush or claim a git command runs in, without handing it down through
// every read a flush makes; a read outside any flush (a dispatch's loadEvent running meanwhile)
// sees none and keeps git's own limit.
const flushDeadlines = new AsyncLocalStorage<FlushDeadline>();

/** Run `work` (a flush, a claim) with every git command of the store's repository held to `deadline`. */
export function withFlushDeadline<T>(deadline: FlushDeadline, work: () => Promise<T>): Promise<T> {
  return flushDeadlines.run(deadline, work);
}

/** The deadline of the flush or claim running here, if any. */
export function currentFlushDeadline(): FlushDeadline | undefined {
  return flushDeadlines.getStore();
}

/**
 * The state branch's private bare git directory, apart from the user's checkout: its tip is
 * fetched as a partial clone fetches (the commit and its trees, no blobs), so which records
 * exist is known without the network, and the blobs of the records a call reads come in one
 * request.
 */
export class StateRepo {
  /** The branch tip fetched last, or pushed last; undefined while the branch does not exist. */
  tip: string | undefined;
  /** When the tip was last fetched (0: fetch before trusting it again). */
  fetchedAt = 0;
  readonly #options: StateRepoOptions;
  /** What fetchTip saw the branch lose, until the save that met it ends (sayLost). */
  readonly #lost: Lost[] = [];

  private constructor(options: StateRepoOptions) {
    this.#options = options;
  }

  /** Initialise the git directory, name the remote and fetch the tip. */
  static async open(options: StateRepoOptions): Promise<StateRepo> {
    const repo = new StateRepo(options);
    const init = await runGit({ args: ["init", "--bare", "--quiet", options.workDir], cwd: options.workDir });
    if (init.code !== 0) throw new StateBranchError("git", `git init failed: ${init.stderr.trim()}`);
    // A named remote, because a partial clone's later blob fetches need one; no credentials in
    // it (they go in the environment), and no fetch refspec (only TIP_REF is ever updated).
    const remote = await repo.git(["config", `remote.${REMOTE}.url`, options.url]);
    if (remote.code !== 0) throw new StateBranchError("git", `git config failed: ${options.redact(remote.stderr.trim())}`);
    await repo.fetchTip();
    return repo;
  }

  /**
   * Refuse a branch that holds files this store never writes: `state-branch: main` committed
   * records onto the project's own branch, beside its code (and pushed them, starting its push
   * workflows when the token may). Only the top of the tip's tree is looked at, from the trees
   * fetched already; dot files (a .gitattributes someone added) are let be. Checked at each tip
   * fetched, not only the first: a branch moved onto the project's code while a job ran (a
   * force-push, `git push origin main:flows-state`) had the job's records committed on that code.
   */
  async #checkIsStateBranch(before: string | undefined): Promise<void> {
    if (!this.tip) return;
    const listing = await this.git(["ls-tree", "-z", "--name-only", this.tip]);
    if (listing.code !== 0) throw new StateBranchError("git", `git ls-tree failed: ${this.#options.redact(listing.stderr.trim())}`);
    const names = listing.stdout.toString("utf8").split("\0").filter(Boolean);
    const foreign = names.filter((name) => name !== EVENTS_DIR && name !== INDEX_DIR && name !== STATE_README_PATH && !name.startsWith("."));
    if (foreign.length === 0) return;
    const branch = this.#options.branch;
    const shown = foreign.slice(0, 5).map((name) => JSON.stringify(name)).join(", ") + (foreign.length > 5 ? ` and ${foreign.length - 5} more` : "");
    throw new StateBranchError(
      "not-state-branch",
      `The branch "${branch}" of ${this.#options.shown()} holds files flows-action does not write (${shown}), so it is not a state branch: records committed to it would land beside them. ` +
        (before ? `It was one (at ${before.slice(0, 12)}) when this job began: something moved it since (a force-push), and nothing more is saved to it. ` : "") +
        `Name a branch of its own for the state (the action's state-branch input, flows --branch), such as the default flows-state, which is created as an orphan branch when absent.`,
    );
  }

  async fetchTip(): Promise<void> {
    const refspec = `+refs/heads/${this.#options.branch}:${TIP_REF}`;
    // Commit and trees only: 50,000 records' blobs took 5 of a fire's 6 s. A server without
    // filters (an old one, a local path without uploadpack.allowFilter) sends the blobs anyway.
    const fetch = await this.git(["fetch", "--depth=1", "--filter=blob:none", "--no-tags", "--quiet", REMOTE, refspec]);
    this.#options.stats.fetches++;
    if (fetch.code !== 0) {
      const output = this.#options.redact(fetch.stderr);
      if (!/couldn't find remote ref/i.test(output)) throw this.#fetchFailed(output);
      // The branch does not exist (yet): the first flush creates it. When this store saw it, it
      // was deleted meanwhile, and its records are gone from the remote: said, not taken as new.
      if (this.tip !== undefined) await this.#reportLost(this.tip, undefined);
      this.tip = undefined;
    } else {
      const tip = await this.git(["rev-parse", "--verify", TIP_REF]);
      const fetched = tip.stdout.toString("utf8").trim();
      if (fetched !== this.tip) {
        // Not kept as the tip when it is no state branch: nothing is built on it.
        const previous = this.tip;
        this.tip = fetched;
        try {
          await this.#checkIsStateBranch(previous);
        } catch (error) {
          this.tip = previous;
          this.fetchedAt = 0;
          throw error;
        }
        if (previous !== undefined) await this.#checkHolds(previous, fetched);
      }
    }
    this.fetchedAt = Date.now();
  }

  /**
   * Whether the branch, now at `tip`, still holds `previous`, the tip this store saw last (fetched
   * or pushed): a branch deleted and pushed again from an older copy, or put back to an old tip,
   * has lost every record saved after it, and the next save would build on it without a word.
   * In bounded reads: `tip`'s parent is looked at first (local, the usual case: another writer
   * pushed once), then the last CHECK_DEPTH commits under it are fetched (commits and trees, no
   * blobs) and searched. Not found there, it is reported with what the trees of the two tips,
   * both here already, tell: records gone and records changed. More than CHECK_DEPTH pushes
   * between two looks of one store would be reported too (as possibly moved back). A look that
   * cannot reach the remote says nothing: the next one looks again from the same tip.
   */
  async #checkHolds(previous: string, tip: string): Promise<void> {
    const commit = await this.git(["cat-file", "commit", tip]);
    if (commit.code !== 0) return;
    const header = commit.stdout.toString("utf8").split("\n\n")[0] ?? "";
    if (header.split("\n").some((line) => line === `parent ${previous}`)) return;
    try {
      const ref = `refs/heads/${this.#options.branch}`;
      const fetch = await this.git(["fetch", `--depth=${CHECK_DEPTH}`, "--filter=blob:none", "--no-tags", "--quiet", "--no-write-fetch-head", REMOTE, `+${ref}:${CHECK_REF}`]);
      this.#options.stats.fetches++;
      if (fetch.code !== 0) return;
      // The branch may have moved on again since `tip`: what is under it now holds `tip` or not.
      const holds = await this.git(["merge-base", "--is-ancestor", previous, CHECK_REF]);
      if (holds.code !== 1) return;
      const root = await this.git(["rev-list", "--max-parents=0", "--max-count=1", CHECK_REF]);
      await this.#reportLost(previous, tip, root.code === 0 && root.stdout.toString("utf8").trim() !== "");
    } catch (error) {
      if (error instanceof StateBranchError && error.kind === "timeout") return; // said nothing; the save goes on, as for a failed look
      throw error;
    }
  }

  /**
   * Note the records the branch lost: those at `previous` that `tip` lacks (`tip` undefined: the
   * branch was deleted), and those it holds otherwise. `whole`: the branch's history under `tip`
   * was read to its first commit, so `previous` is surely not in it. Said once the save that met
   * it ends (sayLost), so that records this save writes again do not count as gone.
   */
  async #reportLost(previous: string, tip: string | undefined, whole = true): Promise<void> {
    const gone: string[] = [];
    const changed: string[] = [];
    if (tip === undefined) {
      const listing = await this.git(["ls-tree", "-r", "--name-only", "-z", previous, "--", EVENTS_DIR]);
      gone.push(...listing.stdout.toString("utf8").split("\0").filter((path) => RECORD_PATH.test(path)));
    } else {
      const diff = await this.git(["diff-tree", "-r", "-z", "--no-renames", "--name-status", previous, tip, "--", EVENTS_DIR]);
      const fields = diff.stdout.toString("utf8").split("\0");
      for (let index = 0; index + 1 < fields.length; index += 2) {
        if (!RECORD_PATH.test(fields[index + 1]!)) continue;
        if (fields[index] === "D") gone.push(fields[index + 1]!);
        else if (fields[index] === "M") changed.push(fields[index + 1]!);
      }
    }
    this.#lost.push({ previous, tip, whole, gone, changed });
  }

  /**
   * Say what the branch lost (noted by fetchTip) once the save that met it has ended: a record
   * the tip holds again (this save wrote it again, or another writer did) is not gone. Each
   * record really gone is named by its event id when this job has its index shard at `previous`
   * here already (see #eventIdsAt), the rest counted.
   */
  async sayLost(): Promise<void> {
    const noted = this.#lost.splice(0);
    for (const lost of noted) {
      let held = new Set<string>();
      let ids = new Map<string, string>();
      let changed = lost.changed.length;
      try {
        held = await this.#heldAtTip(lost.gone);
        ids = await this.#namesOfGone(lost.previous, lost.gone.filter((path) => !held.has(path)));
        changed = (await this.#stillDiffer(lost.previous, lost.changed)).length;
      } catch {
        // Local reads only, but past the save's time limit they cannot run: said as first seen.
      }
      const gone = lost.gone.filter((path) => !held.has(path));
      this.#options.report(
        movedBackWarning({ branch: this.#options.branch, remote: this.#options.shown(), ...lost, changed, gone: gone.length, savedAgain: held.size, ids }),
      );
    }
  }

  /**
   * The event ids of the gone records at `paths` of `previous`: from its index shards that are
   * here (#eventIdsAt), then from the ids of events this store read or saved in this job (a
   * record's path is the hash of its id: layout.ts, eventRecordPath). The others cannot be named
   * without the network: their id is held only by their record and its index shard in the lost
   * commit, whose blobs this job never fetched, and the remote may no longer serve them.
   */
  async #namesOfGone(previous: string, paths: string[]): Promise<Map<string, string>> {
    const ids = await this.#eventIdsAt(previous, paths);
    const unnamed = new Set(paths.filter((path) => !ids.has(path)));
    if (unnamed.size === 0 || !this.#options.knownEventIds) return ids;
    for (const id of this.#options.knownEventIds()) {
      const path = eventRecordPath(id);
      if (unnamed.delete(path)) ids.set(path, id);
      if (unnamed.size === 0) break;
    }
    return ids;
  }

  /**
   * Of the records at `paths` that `previous` and the tip hold differently (noted before this
   * job's save), those that still differ after it: the tip (after the save) holds another blob,
   * and, when both blobs are here (no fetch: `rev-list --missing=print`), the tip's record lacks
   * a run or an attempt of the one at `previous`. A record this save wrote again with everything
   * it held then no longer differs. At most DIFFER_CHECKED are read; the rest count as differing.
   */
  async #stillDiffer(previous: string, paths: string[]): Promise<string[]> {
    if (paths.length === 0 || !this.tip) return paths;
    const before = await this.#blobsAt(previous, paths);
    const after = await this.#blobsAt(this.tip, paths);
    const differ = paths.filter((path) => after.get(path) !== before.get(path));
    const checked = differ.slice(0, DIFFER_CHECKED);
    const oids = [...new Set(checked.flatMap((path) => [before.get(path), after.get(path)]).filter((oid) => oid !== undefined))];
    const here = new Set<string>();
    if (oids.length > 0) {
      // The shard folders' trees are here; listed with --missing=print, a blob not here is marked, not fetched.
      const folders = [...new Set(checked.map((path) => path.slice(0, path.lastIndexOf("/"))))];
      const trees = [previous, this.tip].flatMap((commit) => folders.map((folder) => `${commit}:${folder}`));
      const listing = await this.git(["rev-list", "--objects", "--missing=print", ...trees]);
      if (listing.code === 0) for (const line of listing.stdout.toString("utf8").split("\n")) if (line && !line.startsWith("?")) here.add(line.split(" ")[0]!);
    }
    const readable = checked.filter((path) => here.has(before.get(path) ?? "") && here.has(after.get(path) ?? ""));
    const entries = readable.flatMap((path) => [
      { path: `before:${path}`, oid: before.get(path)!, mode: "100644" },
      { path: `after:${path}`, oid: after.get(path)!, mode: "100644" },
    ]);
    const blobs = entries.length === 0 ? new Map<string, StoredBlob>() : await this.readRecordBlobs(entries);
    const kept = new Set(readable.filter((path) => holdsEveryAttempt(blobs.get(`after:${path}`)?.text, blobs.get(`before:${path}`)?.text)));
    return differ.filter((path) => !kept.has(path));
  }

  /** The blob ids of `paths` in commit `commit` (its trees are here: no network); a path it does not hold is left out. */
  async #blobsAt(commit: string, paths: string[]): Promise<Map<string, string>> {
    const oids = new Map<string, string>();
    for (let start = 0; start < paths.length; start += LS_TREE_PATHS) {
      const listing = await this.git(["--literal-pathspecs", "ls-tree", "-z", commit, "--", ...paths.slice(start, start + LS_TREE_PATHS)]);
      if (listing.code !== 0) continue;
      for (const entry of parseTree(listing.stdout)) if (entry.type === "blob") oids.set(entry.path, entry.oid);
    }
    return oids;
  }

  /** Which of `paths` the tip holds (its trees are here: no network). */
  async #heldAtTip(paths: string[]): Promise<Set<string>> {
    const held = new Set<string>();
    if (!this.tip) return held;
    for (let start = 0; start < paths.length; start += LS_TREE_PATHS) {
      const listing = await this.git(["--literal-pathspecs", "ls-tree", "-z", "--name-only", this.tip, "--", ...paths.slice(start, start + LS_TREE_PATHS)]);
      if (listing.code !== 0) continue;
      for (const path of listing.stdout.toString("utf8").split("\0")) if (path) held.add(path);
    }
    return held;
  }

  /**
   * The event ids of the records at `paths` of commit `previous`, as far as the index shards of
   * `previous` that are here already say (those this job read or wrote). Only these: the others'
   * blobs were never fetched, and the remote may no longer serve them (the commit that held them
   * is what the branch lost), so asking it would cost a fetch that may fail or hang for a
   * warning; a full read of the records would cost more. `rev-list --missing=print` lists which
   * blobs are here without fetching the rest (a partial clone's reads fetch what is missing).
   */
  async #eventIdsAt(previous: string, paths: string[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    if (paths.length === 0) return ids;
    const listing = await this.git(["rev-list", "--objects", "--missing=print", `${previous}:${INDEX_DIR}`]);
    if (listing.code !== 0) return ids; // no index at `previous`
    const wanted = new Set(paths.map(indexShardPath));
    const here: RecordEntry[] = [];
    for (const line of listing.stdout.toString("utf8").split("\n")) {
      // "<oid> index/ab.json" for a blob here, "?<oid>" for one not fetched.
      const [oid, path] = line.split(" ");
      if (oid && path && !oid.startsWith("?") && wanted.has(path)) here.push({ path, oid, mode: "100644" });
    }
    const shards = await this.readRecordBlobs(here);
    for (const path of paths) {
      const text = shards.get(indexShardPath(path))?.text;
      if (text === undefined) continue;
      try {
        const event = parseIndexShard(text).get(recordHash(path))?.event;
        if (event !== undefined) ids.set(path, event);
      } catch {
        // A damaged shard names nothing: its records are counted.
      }
    }
    return ids;
  }

  /**
   * Whether the remote's branch holds `commit`, which a push just reported taken: it is the tip,
   * or one of the tip's last CHECK_DEPTH commits (another writer pushed on it since). A hook that
   * puts the branch back after taking a push (a post-receive reset, a mirror syncing from
   * elsewhere) makes git report success for a push that stored nothing; seen here, not at the
   * next delivery that runs its steps again. A look that cannot reach the remote, or runs out of
   * time, says so (`unknown`, with why and the kind of error it was): a flush takes the push as
   * git reported it, a claim does not start its steps on it.
   */
  async lookForPushed(commit: string): Promise<PushLanded> {
    try {
      return await this.#lookForPushed(commit);
    } catch (error) {
      if (error instanceof StateBranchError && error.kind === "timeout") return { unknown: error.message, kind: "timeout" };
      throw error;
    }
  }

  async #lookForPushed(commit: string): Promise<PushLanded> {
    const ref = `refs/heads/${this.#options.branch}`;
    const failed = (command: string, output: GitOutput): PushLanded => ({
      unknown: `git ${command} failed: ${this.#options.redact(output.stderr.trim()) || `exit ${output.code}`}`,
      kind: "git",
    });
    const listed = await this.git(["ls-remote", "--quiet", REMOTE, ref]);
    if (listed.code !== 0) return failed("ls-remote", listed);
    const tip = /^([0-9a-f]{40,64})\t/m.exec(listed.stdout.toString("utf8"))?.[1];
    if (tip === commit) return { held: true };
    if (tip === undefined) return { held: false, tip };
    const fetch = await this.git(["fetch", `--depth=${CHECK_DEPTH}`, "--filter=blob:none", "--no-tags", "--quiet", "--no-write-fetch-head", REMOTE, `+${ref}:${CHECK_REF}`]);
    this.#options.stats.fetches++;
    if (fetch.code !== 0) return failed("fetch", fetch);
    const holds = await this.git(["merge-base", "--is-ancestor", commit, CHECK_REF]);
    if (holds.code === 0) return { held: true };
    return holds.code === 1 ? { held: false, tip } : failed("merge-base", holds);
  }

  /** Every record at the tip (its path, blob and mode), their blobs fetched (in one request). */
  async fetchAllRecords(): Promise<RecordEntry[]> {
    const entries = await this.listRecords();
    await this.#fetchBlobs(entries.map((entry) => entry.oid));
    return entries;
  }

  /**
   * The record files at the tip (under `folder`: `events`, or one shard's `events/ab`), without
   * their blobs: the tip's trees are local, so this costs no network (100,000 records: 0.3 s).
   */
  async listRecords(folder = "events"): Promise<RecordEntry[]> {
    return (await this.#listBlobs(folder)).filter(({ path }) => RECORD_PATH.test(path));
  }

  /** The files of the branch's index at the tip (branch-index.ts), without their blobs. */
  async listIndexShards(): Promise<RecordEntry[]> {
    return (await this.#listBlobs(INDEX_DIR)).filter(({ path }) => INDEX_SHARD_PATH.test(path));
  }

  async #listBlobs(folder: string): Promise<RecordEntry[]> {
    if (!this.tip) return [];
    const listing = await this.git(["--literal-pathspecs", "ls-tree", "-r", "-z", this.tip, "--", folder]);
    if (listing.code !== 0) throw new StateBranchError("git", `git ls-tree failed: ${this.#options.redact(listing.stderr.trim())}`);
    return parseTree(listing.stdout)
      .filter(({ type }) => type === "blob")
      .map(({ path, oid, mode }) => ({ path, oid, mode }));
  }

  /** The blobs of listed files, fetched in one request and read (within `maxBytes` each, default the record cap), by path. */
  async readListed(entries: RecordEntry[], maxBytes?: number): Promise<Map<string, StoredBlob>> {
    await this.#fetchBlobs(entries.map((entry) => entry.oid));
    return this.readRecordBlobs(entries, maxBytes);
  }

  /**
   * The blobs of records fetchAllRecords listed, by path. Read by their ids, which the listing
   * gave: a `<tip>:<path>` name costs git a walk down the tip's trees for each record (45 s of
   * a listing of 100,000 records, against 4 s by id).
   */
  async readRecordBlobs(entries: RecordEntry[], maxBytes = this.#options.maxRecordBytes): Promise<Map<string, StoredBlob>> {
    // Within the limit of the read or save it belongs to, as every other git command here: a
    // blob not here yet is fetched by cat-file itself (git before 2.29 fetches each one so).
    const run = (command: GitCommand): Promise<GitOutput> =>
      this.git(command.args, command.input === undefined ? undefined : Buffer.from(command.input), { stdoutBytes: command.stdoutBytes });
    const oids = [...new Set(entries.map((entry) => entry.oid))];
    const blobs = await readBlobs([], this.#options.workDir, oids, { maxBytes, maxContainers: recordContainerCap(maxBytes) }, run);
    const found = new Map<string, StoredBlob>();
    for (const { path, oid, mode } of entries) {
      const blob = blobs.get(oid);
      if (blob) found.set(path, { ...blob, mode });
    }
    return found;
  }

  /**
   * The blobs at `paths` of the tip, by path; a path the tip does not hold is left out. The tip's
   * trees are local (the fetch left out only blobs), so which paths exist is known without the
   * network, and their blobs come in one fetch.
   */
  async readTipBlobs(paths: string[]): Promise<Map<string, StoredBlob>> {
    const tip = this.tip;
    if (!tip || paths.length === 0) return new Map();
    // The README comes along: the next flush reads it, and would fetch again for it alone.
    const wanted = paths.includes(STATE_README_PATH) ? paths : [...paths, STATE_README_PATH];
    const entries: TreeEntry[] = [];
    for (let start = 0; start < wanted.length; start += LS_TREE_PATHS) {
      const args = ["--literal-pathspecs", "ls-tree", "-z", tip, "--", ...wanted.slice(start, start + LS_TREE_PATHS)];
      const listing = await this.git(args);
      if (listing.code !== 0) throw new StateBranchError("git", `git ls-tree failed: ${this.#options.redact(listing.stderr.trim())}`);
      entries.push(...parseTree(listing.stdout));
    }
    const asked = new Set(paths);
    const found = new Map<string, StoredBlob>();
    const files: RecordEntry[] = [];
    for (const { path, oid, mode, type } of entries) {
      if (!asked.has(path)) continue;
      // Entries that are no file: a folder or a submodule put where a record belongs. Only
      // blobs are read: a submodule's commit is not in this repository (nor fetched for it).
      if (type === "tree") found.set(path, { oid, size: 0, mode, notAFile: "folder" });
      else if (type === "commit") found.set(path, { oid, size: 0, mode, notAFile: "submodule" });
      else files.push({ path, oid, mode });
    }
    await this.#fetchBlobs(entries.filter((entry) => entry.type === "blob").map((entry) => entry.oid));
    for (const [path, blob] of await this.readRecordBlobs(files)) found.set(path, blob);
    return found;
  }

  /**
   * A git command in the private directory, with the credentials in its environment. Held to
   * its own time limit and to what is left of the flush's (currentFlushDeadline); one stopped
   * there throws a StateBranchError of kind "timeout" naming the remote (remoteHung), so that
   * no caller takes a hung remote for a failure worth trying again. A command that talks to the
   * remote sets or clears the store's RemoteHealth as it ends.
   */
  async git(args: string[], input?: Buffer, output: { stdoutBytes?: number | undefined } = {}): Promise<GitOutput> {
    const { workDir, authEnv } = this.#options;
    const own = Math.min(this.#options.gitTimeoutMs ?? DEFAULT_GIT_TIMEOUT_MS, MAX_TIMER_MS);
    const deadline = currentFlushDeadline();
    const left = deadline === undefined ? Number.POSITIVE_INFINITY : deadline.at - Date.now();
    const timeoutMs = Math.min(own, left);
    const command = gitCommandName(args);
    const stopped = (ms: number): StateBranchError =>
      remoteHung({ branch: this.#options.branch, remote: this.#options.shown() }, command, {
        seconds: Math.max(0, Math.round(ms / 100) / 10),
        ...(deadline !== undefined && left <= own ? { limit: { seconds: Math.round(deadline.limitMs / 100) / 10, of: deadline.of ?? "save" } } : {}),
      });
    if (timeoutMs <= 0) throw stopped(0);
    const ran = await runGit({
      args: [...this.#gitArgs(), ...args],
      cwd: workDir,
      env: authEnv,
      timeoutMs,
      ...(input ? { input } : {}),
      ...(output.stdoutBytes === undefined ? {} : { stdoutBytes: output.stdoutBytes }),
    });
    const health = this.#options.health;
    // cat-file stopped at its limit hung on the remote (its blob fetch): all else it does is local.
    // Its exit 0 says nothing of the remote (it may have fetched nothing), so it never clears the mark.
    if (health !== undefined && (REMOTE_COMMANDS.has(command) || command === "cat-file")) {
      if (ran.timedOut) {
        const now = new Date();
        health.hung = { command, seconds: Math.round(timeoutMs / 100) / 10, at: now.toISOString(), atMs: now.getTime() };
      } else if (ran.code === 0 && REMOTE_COMMANDS.has(command)) delete health.hung;
    }
    if (ran.timedOut) throw stopped(timeoutMs);
    return ran;
  }

  /**
   * Fetch blobs the partial fetch left out, in one request: what git itself runs to fill in a
   * partial clone. Blobs already here cost no round trip. One that cannot be fetched is an
   * error, never "not stored": reading it as missing would run its event's steps again.
   */
  async #fetchBlobs(wanted: string[]): Promise<void> {
    // Each blob once: records with the same bytes share one (100,000 of them took git 8 s).
    const oids = [...new Set(wanted)];
    if (oids.length === 0) return;
    const args = ["-c", "fetch.negotiationAlgorithm=noop", "fetch", "--no-tags", "--no-write-fetch-head", "--recurse-submodules=no"];
    const fetch = await this.git([...args, "--filter=blob:none", "--quiet", "--stdin", REMOTE], Buffer.from(`${oids.join("\n")}\n`));
    this.#options.stats.fetches++;
    // Git before 2.29 has no `fetch --stdin` (129: usage). Reading the blobs then fetches each
    // missing one on its own: slower, and as strict (a blob that cannot come fails the read).
    if (fetch.code === 129 && /unknown option .stdin/.test(fetch.stderr)) return;
    if (fetch.code !== 0) throw this.#fetchFailed(this.#options.redact(fetch.stderr));
  }

  #fetchFailed(output: string): StateBranchError {
    const error = fetchFailed({ branch: this.#options.branch, remote: this.#options.shown() }, output);
    const disk = this.diskSaid(output);
    return disk ? new StateBranchError(error.kind, `${error.message}${disk}`) : error;
  }

  /** What to change when git's output says this machine's disk refused a write (localDiskSaid); empty otherwise. */
  diskSaid(output: string): string {
    return localDiskSaid(output, this.#options.workDir, this.#options.workDirChosenBy);
  }

  #gitArgs(): string[] {
    // Our own throwaway repository: no user hooks, no background maintenance.
    return ["--git-dir", this.#options.workDir, "-c", "core.hooksPath=/dev/null", "-c", "gc.auto=0", "-c", "maintenance.auto=false"];
  }
}

/** What the branch lost since `previous`, the tip this store saw (StateRepo#checkHolds): the paths of records gone, how many differ. */
type Lost = { previous: string; tip: string | undefined; whole: boolean; gone: string[]; changed: string[] };

/** How many records that differ after a branch moved back are read to tell whether they still do (StateRepo#stillDiffer); the rest count as differing. */
const DIFFER_CHECKED = 200;

/**
 * Whether the record `after` holds every run and attempt (by key; older ones by id) of `before`:
 * nothing of `before` is gone from it. False when either is not a record.
 */
function holdsEveryAttempt(after: string | undefined, before: string | undefined): boolean {
  if (after === undefined || before === undefined) return false;
  const keys = (text: string): Set<string> | undefined => {
    try {
      const runs = (JSON.parse(text) as { runs?: unknown }).runs;
      if (!Array.isArray(runs)) return undefined;
      const found = new Set<string>();
      for (const run of runs as Array<{ id?: unknown; attempts?: unknown }>) {
        if (!Array.isArray(run?.attempts)) return undefined;
        for (const attempt of run.attempts as Array<{ key?: unknown; id?: unknown }>) found.add(`${String(run.id)}\0${String(attempt?.key ?? `id:${String(attempt?.id)}`)}`);
      }
      return found;
    } catch {
      return undefined;
    }
  };
  const had = keys(before);
  const has = keys(after);
  return had !== undefined && has !== undefined && [...had].every((key) => has.has(key));
}

/** Event ids named in a warning; the rest are counted. */
const NAMED_IDS = 20;

/**
 * The warning for a branch that lost the commit `previous` this store saw (StateRepo#checkHolds):
 * `gone` records are gone after this job's save, `savedAgain` were gone but its save wrote them
 * again, and `ids` names those of the gone records whose event id is known.
 */
function movedBackWarning(lost: {
  branch: string;
  remote: string;
  previous: string;
  tip: string | undefined;
  gone: number;
  savedAgain: number;
  changed: number;
  whole: boolean;
  ids: Map<string, string>;
}): StoreProblem {
  const { branch, previous } = lost;
  const what =
    lost.tip === undefined
      ? `was deleted since this job saw it at commit ${previous}: the ${lost.gone} event record(s) it held then are gone from ${lost.remote}, and the next save makes the branch anew with this job's records only.`
      : `was moved back or made anew since this job saw it at commit ${previous}: its tip ${lost.tip.slice(0, 12)} does not hold that commit` +
        (lost.whole ? "" : ` among its last ${CHECK_DEPTH} commits (or more than ${CHECK_DEPTH} pushes came in between)`) +
        `. ${lost.gone} event record(s) held then are gone from it, and ${lost.changed} differ (runs saved after the older tip may be gone from them).`;
  return {
    path: `${branch}@${previous.slice(0, 12)}`,
    message:
      `the state branch "${branch}" ${what}${goneNames(lost.gone, lost.ids)}` +
      (lost.savedAgain > 0 ? ` ${lost.savedAgain} other record(s) it held then are not counted: the branch holds them again (this job's save wrote them again, or another writer did).` : "") +
      ` Steps of events whose record is gone count as not handled: a redelivery runs them again. ` +
      `If commit ${previous} can still be fetched (the remote may keep it for a while; another clone may hold it), put its records back: ` +
      `\`git fetch origin ${previous}\`, then \`git push --force origin ${previous}:refs/heads/${branch}\` when nothing was saved since, or merge it into the branch (\`git merge --allow-unrelated-histories ${previous.slice(0, 12)}\` on a checkout of ${branch}) and push.`,
  };
}

/**
 * Why some records gone are not named: a record's path is the hash of its event id, and only the
 * record and its index shard at the lost commit hold the id; this job fetched neither, and the
 * remote may no longer serve that commit's blobs (asking would cost a fetch that may fail or hang).
 */
const UNNAMED =
  "Their event ids are not known here (this job neither read their index shards nor read or saved those events; the commit that held them is what was lost, and its blobs are not fetched for a warning)";

/** " The records gone are those of events a, b (and 3 more whose ids ...)." or "" when none is gone. */
function goneNames(gone: number, ids: Map<string, string>): string {
  if (gone === 0) return "";
  const known = [...ids.values()].sort();
  if (known.length === 0) return ` ${UNNAMED}.`;
  const named = known.slice(0, NAMED_IDS).map((id) => JSON.stringify(id)).join(", ");
  const more = known.length - Math.min(known.length, NAMED_IDS);
  const unknown = gone - known.length;
  return (
    ` The records gone are those of events ${named}` +
    (more > 0 ? ` and ${more} more` : "") +
    (unknown > 0 ? `, and ${unknown} whose event ids are not known here (${UNNAMED.slice(UNNAMED.indexOf("(") + 1, -1)})` : "") +
    "."
  );
}

/** The git command in `args` (`fetch` of `-c x=y fetch --depth=1 ...`), for messages. */
function gitCommandName(args: string[]): string {
  for (let index = 0; index < args.length; index++) {
    if (args[index] === "-c") index++;
    else if (!args[index]!.startsWith("-")) return args[index]!;
  }
  return "";
}

type TreeEntry = { mode: string; type: string; oid: string; path: string };

/** A record file at the tip: its path, its blob's id and its mode (a symbolic link's is 120000). */
export type RecordEntry = { path: string; oid: string; mode: string };

/** The entries of `git ls-tree -z` output: blobs (files, symbolic links), trees and submodules. */
function parseTree(output: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const line of output.toString("utf8").split("\0")) {
    const entry = /^(\d+) (blob|tree|commit) ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (entry) entries.push({ mode: entry[1]!, type: entry[2]!, oid: entry[3]!, path: entry[4]! });
  }
  return entries;
}
