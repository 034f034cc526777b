import { type DispatchObserver, type DispatchOutcome, dispatch, matchEvent } from "../../engine/dispatch.js";
import type { ActionContext } from "../context.js";
import { logGroups } from "../log-groups.js";
import { nothingRan } from "../outcome.js";
import { ActionReporter, handoverAction } from "../reporter.js";
import { discover, engineOptions, githubContext, publish } from "./common.js";

/**
 * Events on which the action polls watched repositories for new releases. The poller
 * (../watch.ts), like the handover (../handover.ts), is imported by the jobs that use it: a
 * push's start does not load it (the cold-start guard, BENCHMARKS.md).
 */
export const WATCH_EVENT_TYPES = new Set(["schedule", "workflow_dispatch"]);

/** dispatch: match the event and run every matching step in this job, reporting live. */
export async function dispatchMode(context: ActionContext): Promise<DispatchOutcome> {
  const github = githubContext(context);
  const handover = handoverAction(github);
  if (handover === "publish") {
    const { publishHandedOver } = await import("../handover.js");
    await publishHandedOver(github);
    return nothingRan(context.event);
  }
  const discovery = await discover(context);
  const options = engineOptions(context, discovery);
  const match = await matchEvent(context.event, discovery, options);
  // A fork's job cannot write checks or comments: it uploads a handover instead.
  const reporter = handover === "none" ? new ActionReporter(github) : undefined;
  const observer = alongside(logGroups(context.io), reporter?.observer);
  let outcome: DispatchOutcome | undefined;
  try {
    outcome = await dispatch(context.event, { ...options, match, observer });
    const watching = context.inputs.watch.trim() !== "";
    if (watching && !WATCH_EVENT_TYPES.has(context.event.type) && !context.inputs.replay) {
      // A `watch` in a workflow on push or release polled nothing, and said nothing.
      context.io.warning(
        `watch is set, but this run's event is ${context.event.type}: upstream releases are polled only on schedule and workflow_dispatch runs, so none were polled. Add "on: schedule" to the workflow (see the README's "React to upstream releases"), or remove watch here.`,
      );
    } else if (watching && context.inputs.event && !context.inputs.replay) {
      context.io.warning('watch is set, but so is event: the given event was dispatched instead of polling. Leave event empty to poll.');
    }
    if (WATCH_EVENT_TYPES.has(context.event.type) && !context.inputs.replay && !context.inputs.event) {
      // New upstream releases are reported beside the event that polled for them.
      const { io, inputs, store, bunPath, signal, stepEnv } = context;
      const { watchReleases } = await import("../watch.js");
      const releases = await watchReleases({ io, env: stepEnv, inputs, repoRoot: context.runner.workspace, store, discovery, stepEnv, bunPath, observer, signal });
      outcome.children.push(...releases);
    }
  } finally {
    // Also after a failure: check runs opened for steps that ran get completed or closed.
    await reporter?.finish(outcome);
  }
  await publish(context, outcome);
  if (handover === "upload") await (await import("../handover.js")).uploadHandover(github, outcome);
  return outcome;
}

/** Two observers, the first told first. */
function alongside(first: DispatchObserver, second: DispatchObserver | undefined): DispatchObserver {
  if (!second) return first;
  return {
    async onStepStart(run) {
      await first.onStepStart?.(run);
      await second.onStepStart?.(run);
    },
    onStepLine(run, stream, line) {
      first.onStepLine?.(run, stream, line);
      second.onStepLine?.(run, stream, line);
    },
    async onStepEnd(run) {
      await first.onStepEnd?.(run);
      await second.onStepEnd?.(run);
    },
  };
}
