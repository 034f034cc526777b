import { readFileSync, statSync } from "node:fs";
import { relative } from "node:path";
import type { TestSpecification } from "vitest/node";
import { BaseSequencer } from "vitest/node";
import { distIsStale } from "./fresh-dist.js";

/**
 * The files that start or type-check the shipped build (dist/): each waits, as it loads or before
 * its first test, for a build of the sources there are now (test/helpers/fresh-dist.ts).
 */
const WAITS_FOR_DIST = /ensureFreshDist|helpers\/run-action|typeCheckStep/;

/**
 * The order test files start in. vitest's own order runs one project's files before the other's
 * (the "isolated" project's first, by name), then each project's longest first by the last run's
 * times. Here: the longest first across both projects (a long file started last is the run's
 * tail), and files not run here before (new or renamed) first of all, larger ones first, as vitest
 * does. While dist/ is stale, the files that wait for its build go after all the others: started
 * first (they are among the longest), they held every worker for the build's minute, one core's
 * work, while the other core had nothing to run. Built by `npm test` at its start, dist/ is ready
 * by the time they start.
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const stale = distIsStale();
    const keyed = files.map((spec) => {
      const result = this.ctx.cache.getFileTestResults(`${spec.project.name}:${relative(root, spec.moduleId)}`);
      const text = stale ? readFileSync(spec.moduleId, "utf8") : "";
      return {
        spec,
        waits: stale && WAITS_FOR_DIST.test(text),
        failed: result?.failed === true,
        // Unknown files first (a duration no known file has), then the longest.
        duration: result ? result.duration : Number.POSITIVE_INFINITY,
        size: result ? 0 : statSync(spec.moduleId).size,
      };
    });
    keyed.sort((a, b) => Number(a.waits) - Number(b.waits) || Number(b.failed) - Number(a.failed) || b.duration - a.duration || b.size - a.size);
    return keyed.map((entry) => entry.spec);
  }
}
