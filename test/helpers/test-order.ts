import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { TestSpecification } from "vitest/node";
import { BaseSequencer } from "vitest/node";
import { distIsStale } from "./fresh-dist.js";

/**
 * The files that start or type-check the shipped build (dist/): each waits, as it loads or before
 * its first test, for a build of the sources there are now (test/helpers/fresh-dist.ts).
 */
const WAITS_FOR_DIST = /ensureFreshDist|helpers\/run-action|typeCheckStep/;

/** A file that spends less than this share of its time on a core mostly waits (timers, servers, children). */
const WAITING_SHARE = 0.35;

type Timing = { wall: number; cpu: number };

/** test/timings.json (scripts/test-timings.mjs): each file's wall and CPU seconds in an earlier run. */
function timingsOf(root: string): Record<string, Timing> {
  const path = join(root, "test", "timings.json");
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Record<string, Timing>;
  } catch {
    return {};
  }
}

type Keyed = { spec: TestSpecification; waits: boolean; failed: boolean; duration: number; size: number; waiting: boolean };

/**
 * The files that mostly wait spread through the run, each list longest first: the next file is a
 * waiting one while the waiting files placed so far hold less of the workers' time than their
 * share of all of it. Four workers on two cores: started together, the longest files (most of
 * them wait on timers and servers) left a core idle for the run's first 35 s. Each list keeps the
 * order it is given in (longest first).
 */
export function interleaved<T extends { duration: number; waiting: boolean }>(known: T[]): T[] {
  const busy = known.filter((entry) => !entry.waiting);
  const waiting = known.filter((entry) => entry.waiting);
  const total = (list: T[]) => list.reduce((sum, entry) => sum + entry.duration, 0);
  const share = total(waiting) / Math.max(total(known), 1);
  const order: T[] = [];
  let placed = 0;
  let placedWaiting = 0;
  while (busy.length > 0 || waiting.length > 0) {
    const next = waiting.length > 0 && (busy.length === 0 || placedWaiting < share * (placed + waiting[0]!.duration)) ? waiting.shift()! : busy.shift()!;
    placed += next.duration;
    if (next.waiting) placedWaiting += next.duration;
    order.push(next);
  }
  return order;
}

/**
 * The order test files start in. vitest's own order runs one project's files before the other's
 * (the "isolated" project's first, by name), then each project's longest first by the last run's
 * times. Here: the longest first across both projects (a long file started last is the run's
 * tail), the files that mostly wait (test/timings.json) spread among the others, and files not
 * run here before (new or renamed) first of all, larger ones first, as vitest does. While dist/ is
 * stale, the files that wait for its build go after all the others: started first (they are among
 * the longest), they held every worker for the build's minute, one core's work, while the other
 * core had nothing to run. Built by `npm test` at its start, dist/ is ready by the time they start.
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const stale = distIsStale();
    const timings = timingsOf(root);
    const keyed: Keyed[] = files.map((spec) => {
      const path = relative(root, spec.moduleId);
      const result = this.ctx.cache.getFileTestResults(`${spec.project.name}:${path}`);
      const timing = timings[path];
      const text = stale ? readFileSync(spec.moduleId, "utf8") : "";
      // vitest's time of the last run here, else the committed one; neither: unknown, first.
      const duration = result ? result.duration / 1000 : timing ? timing.wall : Number.POSITIVE_INFINITY;
      return {
        spec,
        waits: stale && WAITS_FOR_DIST.test(text),
        failed: result?.failed === true,
        duration,
        size: Number.isFinite(duration) ? 0 : statSync(spec.moduleId).size,
        waiting: timing !== undefined && timing.cpu < WAITING_SHARE * timing.wall,
      };
    });
    // Longest first (unknown files, of no known duration, first of all, larger ones first); then
    // the groups in turn (failed last time, the rest, waiting for dist/), unknown files leading each.
    keyed.sort((a, b) => b.duration - a.duration || b.size - a.size);
    const order: Keyed[] = [];
    for (const group of [keyed.filter((e) => !e.waits && e.failed), keyed.filter((e) => !e.waits && !e.failed), keyed.filter((e) => e.waits)]) {
      order.push(...group.filter((e) => !Number.isFinite(e.duration)), ...interleaved(group.filter((e) => Number.isFinite(e.duration))));
    }
    return order.map((entry) => entry.spec);
  }
}
