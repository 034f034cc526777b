import type { EffectiveStatus, FlowDiagnostic, FlowEvent, FlowRunView } from "../contracts.js";
import { LazyStateStore } from "../state/lazy-store.js";
import type { StateStore } from "../state/types.js";
import { type DispatchObserver, type DispatchOutcome, dispatch } from "../engine/dispatch.js";
import { flowEventFromGitHub, loadGitHubEvent, readGitHubRunContext } from "../events/index.js";
import { discoverFlows } from "../flows/index.js";
import { allProblems, flatten, renderSummary } from "../report/summary.js";
import { resolveBun } from "./bun.js";
import { ActionInputError, readInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";
import { writeOutputs } from "./outputs.js";
import { openActionStore } from "./state.js";

// GitHub shows at most 10 error and 10 warning annotations per step; the summary lists all.
// https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions
const ANNOTATIONS_PER_KIND = 10;

export type RunActionOptions = {
  io: ActionIO;
  env: NodeJS.ProcessEnv;
};

/** The action: GitHub event → FlowEvent → dispatch → annotations, summary, outputs. */
export async function runAction({ io, env }: RunActionOptions): Promise<DispatchOutcome> {
  const inputs = readInputs(io);
  const repoRoot = env.GITHUB_WORKSPACE || process.cwd();
  const store = new LazyStateStore(inputs.state, () => openActionStore({ inputs, env, repoRoot }));
  try {
    const event = inputs.replay ? await storedEvent(store, inputs.replay) : await eventFromGitHub(env, inputs.event);
    io.info(`${inputs.replay ? "Replaying" : "Event"} ${event.type} → ${event.id}`);
    const discovery = await discoverFlows({ repoRoot, roots: inputs.flowsPath });
    const stepEnv: NodeJS.ProcessEnv = { ...env };
    const outcome = await dispatch(event, {
      repoRoot,
      discovery,
      store,
      replay: inputs.replay !== undefined,
      concurrency: inputs.concurrency,
      dryRun: inputs.dryRun,
      env: stepEnv,
      bunPath: once(() => resolveBun({ inputs, io, env: stepEnv })),
      launchedBy: env.GITHUB_ACTOR ? `github-actions:${env.GITHUB_ACTOR}` : "github-actions",
      observer: logObserver(io),
    });
    annotate(io, allProblems(outcome), repoRoot);
    await io.appendSummary(renderSummary(outcome, { runUrl: runUrl(env), baseDir: repoRoot }));
    await writeOutputs(io, outcome);
    await store.flush();
    const failing = failingRuns(outcome, inputs.failOn);
    if (failing.length > 0) {
      const names = failing.map((run) => `${run.flowName}/${run.stepName} (${run.effectiveStatus})`);
      io.setFailed(
        `${failing.length} flow step${failing.length === 1 ? "" : "s"} ended with a status listed in fail-on: ${names.join(", ")}`,
      );
    }
    return outcome;
  } finally {
    await store.close();
  }
}

async function eventFromGitHub(env: NodeJS.ProcessEnv, eventInput: string | undefined): Promise<FlowEvent> {
  const github = await loadGitHubEvent(env);
  return flowEventFromGitHub({
    eventName: github.eventName,
    payload: github.payload,
    context: readGitHubRunContext(env),
    eventInput,
  });
}

async function storedEvent(store: StateStore, eventId: string): Promise<FlowEvent> {
  const record = await store.loadEvent(eventId);
  if (!record) {
    throw new ActionInputError(
      `Input "replay" names event "${eventId}", which the ${store.kind} state store does not hold. Replay needs the state the event was first run with (same "state" input).`,
    );
  }
  return record.event;
}

export function failingRuns(outcome: DispatchOutcome, failOn: Set<EffectiveStatus>): FlowRunView[] {
  return flatten(outcome)
    .flatMap((each) => each.runs)
    .filter((run) => failOn.has(run.effectiveStatus));
}

function annotate(io: ActionIO, problems: FlowDiagnostic[], repoRoot: string): void {
  const counts = { error: 0, warning: 0 };
  for (const problem of problems) {
    counts[problem.severity] += 1;
    const properties = {
      title: "flows-action",
      file: problem.file.startsWith(`${repoRoot}/`) ? problem.file.slice(repoRoot.length + 1) : problem.file,
      startLine: problem.line,
      startColumn: problem.column,
    };
    if (counts[problem.severity] > ANNOTATIONS_PER_KIND) continue;
    if (problem.severity === "error") io.error(problem.message, properties);
    else io.warning(problem.message, properties);
  }
  const hidden = Math.max(0, counts.error - ANNOTATIONS_PER_KIND) + Math.max(0, counts.warning - ANNOTATIONS_PER_KIND);
  if (hidden > 0) {
    io.warning(`${hidden} more problems in flow packages are not shown as annotations; the job summary lists all ${problems.length}.`);
  }
}

/**
 * One log group per step. A step that starts while no group is open streams into its own
 * group live; steps running alongside it (GitHub groups cannot interleave) get their group
 * when they end, holding the recorded output tail.
 */
function logObserver(io: ActionIO): DispatchObserver {
  let liveRunId: string | undefined;
  const title = (run: FlowRunView): string => `${run.flowName}/${run.stepName}`;
  return {
    onStepStart(run) {
      if (liveRunId) return;
      liveRunId = run.id;
      io.startGroup(title(run));
    },
    onStepLine(run, _stream, line) {
      if (run.id === liveRunId) io.info(line);
    },
    onStepEnd(run) {
      const status = `${title(run)}: ${run.effectiveStatus}${run.error ? ` — ${run.error.split("\n")[0]}` : ""}`;
      if (run.id === liveRunId) {
        liveRunId = undefined;
        io.endGroup();
        io.info(status);
        return;
      }
      io.startGroup(status);
      io.info(run.output ?? "(no output)");
      io.endGroup();
    },
  };
}

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= make();
    return value;
  };
}
