// A step may return up to its FLOW_RESULT cap (4 MiB) of annotations: some 100,000 small ones.
// A check run takes at most MAX_ANNOTATIONS_PER_CHECK of them (50 a request, the job's further
// updates shared): building (escaping, redacting, cutting) every one before that cap took most
// of a second per step and the memory of all of them. Only those sent are built; the rest are
// counted, so the summary's "N more annotations were not attached" stays exact.
import { describe, expect, it } from "vitest";
import type { GitHubClient } from "../../src/github/client.js";
import { redactor } from "../../src/redact.js";
import { annotatedOutput, MAX_ANNOTATIONS_PER_CHECK } from "../../src/report/checks-annotations.js";
import { ANNOTATION_UPDATES_PER_JOB, CheckRuns } from "../../src/report/checks.js";
import { MAX_FLOW_RESULT_BYTES } from "../../src/runners/result.js";
import type { GitHubApiServer } from "../support/github-api/index.js";
import { fastestOf } from "../helpers/fastest.js";
import { ended, HEAD, makeReporter, outcomeOf, prEvent, REPO, withGitHubServer } from "./github-fixtures.js";

let server: GitHubApiServer;
let client: GitHubClient;
withGitHubServer((started) => ({ server, client } = started));

// Registered secrets make each annotation's redaction cost what it does in a real job.
redactor.add("d3ploy-key-annot2-0001", "another-secret-annot2-xyz");

/** Small annotations filling a FLOW_RESULT of nearly 4 MiB; every tenth has no path (malformed). */
function manyAnnotations(): { annotations: Array<Record<string, unknown>>; usable: number; malformed: number } {
  const annotations: Array<Record<string, unknown>> = [];
  let bytes = '{"status":"failed","annotations":[]}'.length;
  let malformed = 0;
  for (let i = 0; ; i++) {
    const item = i % 10 === 9 ? { message: "no path" } : { path: `src/f${i % 10}.ts`, message: `@x ${i % 10}` };
    const size = JSON.stringify(item).length + 1;
    if (bytes + size > MAX_FLOW_RESULT_BYTES - 1024) break;
    bytes += size;
    annotations.push(item);
    if (!("path" in item)) malformed++;
  }
  return { annotations, usable: annotations.length - malformed, malformed };
}

/** The same items, each telling when its `title` is read: only building an annotation reads it. */
function probed(items: Array<Record<string, unknown>>): { items: Array<Record<string, unknown>>; built: () => number } {
  const built = new Set<number>();
  const probedItems = items.map((item, index) => {
    const copy = { ...item };
    // Not enumerable: the check run's summary shows the FLOW_RESULT as JSON, which would read it too.
    Object.defineProperty(copy, "title", {
      enumerable: false,
      get: () => {
        built.add(index);
        return "lint";
      },
    });
    return copy;
  });
  return { items: probedItems, built: () => built.size };
}

function failedWith(annotations: unknown[], i = 0) {
  return ended("failed", { id: `run_${i}`, stepName: `step-${i}`, resultPayload: { status: "failed", message: "lint", annotations } as never });
}

describe("annotations past the cap are counted, not built", () => {
  const { annotations, usable, malformed } = manyAnnotations();

  it("two steps of 100,000 annotations each: only those attached are built, and each summary counts the rest exactly", async () => {
    expect(usable).toBeGreaterThan(90_000);
    const probes = [probed(annotations), probed(annotations)];
    const runs = probes.map((probe, i) => failedWith(probe.items, i));
    const gh = makeReporter(client, { comment: "off" });
    for (const each of runs) gh.onStepEnd?.(each);
    await gh.finish(outcomeOf(prEvent(), runs));

    const checks = server.github.checkRuns.list(REPO);
    const attached = checks.map((check) => server.github.checkRuns.annotations(Number(check.id)).length);
    // Each check run takes 1,000: 50 with its completion, 19 updates of 50 from the job's 40.
    expect(ANNOTATION_UPDATES_PER_JOB).toBeGreaterThanOrEqual(2 * 19);
    expect(attached).toEqual([MAX_ANNOTATIONS_PER_CHECK, MAX_ANNOTATIONS_PER_CHECK]);
    expect(probes.map((probe) => probe.built())).toEqual(attached);
    for (const [i, check] of checks.entries()) {
      expect(check.output.summary).toContain(`${usable - (attached[i] ?? 0)} more annotations were not attached.`);
      expect(check.output.summary).toContain(`${malformed} annotations were left out`);
    }
    expect(server.github.checkRuns.annotations(Number(checks[0]?.id))[0]).toMatchObject({ path: "src/f0.ts", title: "lint", message: "@\u200bx 0" });
  });

  it("one check run for the event: the steps' annotations are built only as far as the first 1,000 reach", async () => {
    const probes = [probed(annotations), probed(annotations)];
    const runs = probes.map((probe, i) => failedWith(probe.items, i));
    await makeReporter(client, { comment: "off", checks: "per-event" }).finish(outcomeOf(prEvent(), runs));

    const [check] = server.github.checkRuns.list(REPO);
    expect(server.github.checkRuns.annotations(Number(check?.id))).toHaveLength(MAX_ANNOTATIONS_PER_CHECK);
    expect(probes.map((probe) => probe.built())).toEqual([MAX_ANNOTATIONS_PER_CHECK, 0]);
    expect(check?.output.summary).toContain(`${2 * usable - MAX_ANNOTATIONS_PER_CHECK} more annotations were not attached.`);
  });

  it("the check run on a commit the step's result names is built with its first 50 only", async () => {
    const probe = probed(annotations);
    const sha = "c3".repeat(20);
    const step = ended("failed", { resultPayload: { status: "failed", message: "lint", annotations: probe.items, artifacts: { commit: sha } } as never });
    await makeReporter(client, { comment: "off", checks: "per-event" }).finish(outcomeOf(prEvent(), [step]));

    const named = server.github.checkRuns.list(REPO).find((check) => check.head_sha === sha);
    expect(server.github.checkRuns.annotations(Number(named?.id))).toHaveLength(50);
    expect(named?.output.summary).toContain(`${usable - 50} more annotations were not attached.`);
    // The event's check run on the job's commit took the first 1,000, these 50 among them.
    expect(probe.built()).toBe(MAX_ANNOTATIONS_PER_CHECK);
  });

  it("a step's completion with a 4 MiB FLOW_RESULT of annotations costs about what parsing that FLOW_RESULT does", () => {
    const checks = new CheckRuns({
      client,
      repository: REPO,
      mode: "per-step",
      event: prEvent(),
      headSha: async () => HEAD,
      identity: async () => ({ kind: "unknown" }) as never,
      links: {},
      onFailure: () => {},
    });
    const run = failedWith(annotations);
    const line = JSON.stringify(run.resultPayload);
    // The runner parses every FLOW_RESULT: the same run's baseline, on the same machine at the same load.
    const parse = fastestOf(5, () => JSON.parse(line) as unknown);
    const complete = fastestOf(5, () => {
      const completion = checks.completionOf(run);
      return annotatedOutput(completion?.output ?? { title: "", summary: "" }, completion?.annotations);
    });
    // Building all of them took 10 to 20 times the parse (0.3 to 0.9 s); counted, they cost about one
    // (the rest is the check run's summary, which shows the FLOW_RESULT as JSON).
    expect(complete.ms).toBeLessThan(5 * parse.ms + 50);
    expect(complete.value.output.annotations).toHaveLength(50);
    expect(complete.value.rest.flat()).toHaveLength(MAX_ANNOTATIONS_PER_CHECK - 50);
    expect(complete.value.output.summary).toContain(`${usable - MAX_ANNOTATIONS_PER_CHECK} more annotations were not attached.`);
  });
});
