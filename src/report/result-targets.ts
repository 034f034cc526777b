import type { FlowRunView } from "../contracts.js";
import { isObject } from "../events/fields.js";
import { logText } from "../log-text.js";
import { shownValue } from "../redact-cut.js";
import { validSha } from "./checks-commit.js";

// Where a step's FLOW_RESULT says its outcome belongs besides the commit the job checked out:
// `artifacts.pullRequest` (a pull request of this repository) and `artifacts.commit` (a commit).
// Pure: everything here comes from the step, so it is read strictly and each bad value becomes
// a sentence saying what to write instead.

/** Extra check runs one job writes for what its steps named; each is one write (~1 s apart). */
export const MAX_RESULT_TARGETS = 10;

/** Values one step may name in one key before the rest are not even read. */
const MAX_VALUES_PER_KEY = 100;

/** Sentences about bad values per job; the rest are counted in one more. */
const MAX_PROBLEMS = 20;

/** GitHub's pull request numbers are 32-bit integers. */
const MAX_PULL_NUMBER = 2_147_483_647;

export type ResultTarget = { kind: "pull"; number: number } | { kind: "commit"; sha: string };

export type NamedTarget = { run: FlowRunView; target: ResultTarget };

export type ResultTargets = {
  /** At most `max`, in run order. */
  targets: NamedTarget[];
  /** One sentence per bad value or cap, naming the flow and step and what to write. */
  problems: string[];
};

/** `#12` or the commit's first 12 characters, for logs and the summary. */
export function targetLabel(target: ResultTarget): string {
  return target.kind === "pull" ? `pull request #${target.number}` : `commit ${target.sha.slice(0, 12)}`;
}

/**
 * The pull requests and commits the runs' FLOW_RESULTs name, validated: a pull request as its
 * number or its URL on this repository (`<serverUrl>/<owner>/<repo>/pull/<n>`), a commit as a
 * full hex SHA. Each key takes one value or an array of them. Runs past the first `max`
 * targets are left out with one sentence saying so.
 */
export function resultTargets(
  runs: readonly FlowRunView[],
  options: { repository: string; serverUrl?: string; max?: number },
): ResultTargets {
  const max = options.max ?? MAX_RESULT_TARGETS;
  const targets: NamedTarget[] = [];
  const problems: string[] = [];
  const left: string[] = [];
  for (const run of runs) {
    const artifacts = run.resultPayload?.artifacts;
    if (!isObject(artifacts)) continue;
    const step = `flow "${logText(run.flowName)}" step "${logText(run.stepName)}"`;
    const seen = new Set<string>();
    const named: ResultTarget[] = [];
    const read = (key: "pullRequest" | "commit", parse: (value: unknown) => ResultTarget | undefined, expected: string): void => {
      const raw = artifacts[key];
      if (raw === undefined || raw === null) return;
      const values = Array.isArray(raw) ? raw : [raw];
      if (values.length > MAX_VALUES_PER_KEY) {
        problems.push(`${step}: artifacts.${key} names ${values.length} values; only the first ${MAX_VALUES_PER_KEY} were read.`);
      }
      for (const value of values.slice(0, MAX_VALUES_PER_KEY)) {
        const target = parse(value);
        if (!target) {
          problems.push(`${step}: artifacts.${key} ${preview(value)} is not ${expected}; no check run was written for it.`);
          continue;
        }
        const key2 = target.kind === "pull" ? `pull:${target.number}` : `commit:${target.sha}`;
        if (seen.has(key2)) continue;
        seen.add(key2);
        named.push(target);
      }
    };
    const server = (options.serverUrl ?? "https://github.com").replace(/\/+$/, "");
    read("pullRequest", (value) => pullTarget(value, options.repository, server), `a pull request of ${options.repository}: write its number (say 12) or its URL (${server}/${options.repository}/pull/12)`);
    read("commit", commitTarget, "a commit: write its full SHA (40 hex characters)");
    for (const target of named) {
      if (targets.length < max) targets.push({ run, target });
      else left.push(`${run.flowName}/${run.stepName} → ${targetLabel(target)}`);
    }
  }
  if (left.length > 0) {
    const shown = left.slice(0, 5).map(logText).join(", ");
    problems.push(
      `The steps named ${targets.length + left.length} pull requests and commits for their check runs; at most ${max} are written per job, so ${left.length} got none: ${shown}${left.length > 5 ? ", ..." : ""}.`,
    );
  }
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    return { targets, problems: [...problems.slice(0, MAX_PROBLEMS), `${more} more value${more === 1 ? "" : "s"} in the steps' artifacts.pullRequest and artifacts.commit were refused as well.`] };
  }
  return { targets, problems };
}

function pullTarget(value: unknown, repository: string, server: string): ResultTarget | undefined {
  if (typeof value === "number") return pullNumber(value);
  if (typeof value !== "string" || value.length > 500) return undefined;
  const match = /^(.+)\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/pull\/([1-9][0-9]{0,9})$/.exec(value);
  if (!match || match[1] !== server) return undefined;
  if (`${match[2]}/${match[3]}`.toLowerCase() !== repository.toLowerCase()) return undefined;
  return pullNumber(Number(match[4]));
}

function pullNumber(value: number): ResultTarget | undefined {
  return Number.isInteger(value) && value >= 1 && value <= MAX_PULL_NUMBER ? { kind: "pull", number: value } : undefined;
}

function commitTarget(value: unknown): ResultTarget | undefined {
  if (!validSha(value) || /^0+$/.test(value)) return undefined;
  return { kind: "commit", sha: value.toLowerCase() };
}

/** A bad value as it was written, short, on one line, redacted before it is cut. */
function preview(value: unknown): string {
  return logText(shownValue(value));
}
