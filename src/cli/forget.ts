import { describeRunningStep, EventStillRunningError, forgetEvent, type ForgetResult } from "../state/forget.js";
import { CommandFailed } from "./failure.js";
import { shellWord } from "../shell-word.js";
import { terminalText } from "../terminal-text.js";
import type { StoreContext } from "./state-commands.js";
import type { Redelivery } from "../watch/redeliver.js";

/**
 * `flows forget <event-id>`: the store forgets that the event's steps ran, so its next delivery
 * (a webhook redelivery, a push from upstream, the next poll of a watched release, or `flows
 * replay`) runs them again. Works on every store; the record keeps the forgotten attempts.
 */
export async function forgetCommand(ctx: StoreContext, eventId: string, options: { force?: boolean } = {}): Promise<number> {
  const result = await forgetEvent(ctx.store, eventId, { by: "flows forget", force: options.force === true }).catch((error: unknown) => {
    if (!(error instanceof EventStillRunningError)) throw error;
    const id = `${shellWord(eventId)}${ctx.contextArgs ?? ""}`;
    // The message names the step and its dispatcher's host as the record holds them: outside text.
    throw new CommandFailed(terminalText(error.message), {
      hint:
        `Wait for it to end (\`${ctx.invocation ?? "flows"} runs --event ${id}\` shows it) and run \`${ctx.invocation ?? "flows"} forget ${id}\` again. ` +
        `If that dispatcher is gone (its machine or job lost; one gone on this host is seen at once), \`${ctx.invocation ?? "flows"} forget ${id} --force\`.`,
    });
  });
  if (!result) {
    throw new CommandFailed(`No event "${terminalText(eventId)}" in ${ctx.storeLabel}, so there is nothing to forget. \`${ctx.invocation ?? "flows"} events${ctx.contextArgs ?? ""}\` lists the stored events.`);
  }
  // A polled release, or a change to one: the next poll delivers it again (polling alone would not).
  const { event } = result.record;
  const redelivered = event.type.startsWith("upstream.release")
    ? await (await import("../watch/redeliver.js")).requestEventRedelivery(ctx.store, event)
    : undefined;
  // Said done only once it is stored: a state branch that refuses the push keeps the event handled.
  try {
    await ctx.store.flush();
  } catch (error) {
    const { describeError } = await import("../describe-error.js");
    throw new CommandFailed(`The forget of ${terminalText(eventId)} was NOT saved, so the event still counts as handled: ${describeError(error)}`);
  }
  if (ctx.json) {
    // The warning is the document's `redeliver.warning` (with `notDeliveredAgain`).
    ctx.out(`${JSON.stringify(jsonResult(eventId, result, redelivered), null, 2)}\n`);
    return 0;
  }
  const again = new Set(result.startedAgain.map((run) => run.id));
  const steps = result.forgotten.filter((run) => !again.has(run.id)).map(stepName);
  if (result.forgotten.length === 0) ctx.out(`Event ${terminalText(eventId)} ran no steps; nothing to forget.\n`);
  else if (steps.length > 0) ctx.out(`Forgot ${terminalText(eventId)} in ${ctx.storeLabel}: ${steps.join(", ")} will run again on the event's next delivery.\n`);
  for (const run of result.startedAgain) {
    const last = run.attempts.at(-1);
    ctx.out(`${stepName(run)} was started again after the forget (attempt ${last?.number}, ${run.effectiveStatus} now): that delivery is its run again.\n`);
  }
  for (const running of result.stillRunning) {
    ctx.out(
      `Warning: ${terminalText(describeRunningStep(running))} still read as running. If that dispatcher is alive, a delivery before the step ends runs it a second time beside it; its end, when saved, keeps the forget.\n`,
    );
  }
  if (redelivered) ctx.out(`The next poll of ${terminalText(redelivered.repo)} delivers ${terminalText(redelivered.eventId ?? redelivered.tag)} again.\n`);
  // Older ones it pushed out of the cursor's list (past 100): named, as they are not delivered again.
  if (redelivered?.warning) ctx.err(`warning: ${terminalText(redelivered.warning)}.\n`);
  return 0;
}

/**
 * A stored run's flow and step, escaped (src/terminal-text.ts): the record is outside text, and
 * the last guard on what is printed keeps colour sequences, so a name holding `ESC [8m` (hidden
 * text) would otherwise reach the terminal as it is.
 */
function stepName(run: { flowName: string; stepName: string }): string {
  return terminalText(`${run.flowName}/${run.stepName}`);
}

/** `{eventId, forgotten, stillRunning?, startedAgain?, redeliver?}`: run ids, as README's table says. */
function jsonResult(eventId: string, result: ForgetResult, redelivered: Redelivery | undefined): Record<string, unknown> {
  const document: Record<string, unknown> = { eventId, forgotten: result.forgotten.map((run) => run.id) };
  if (result.stillRunning.length > 0) document.stillRunning = result.stillRunning.map(({ run }) => run.id);
  if (result.startedAgain.length > 0) document.startedAgain = result.startedAgain.map((run) => run.id);
  if (redelivered) document.redeliver = redelivered;
  return document;
}
