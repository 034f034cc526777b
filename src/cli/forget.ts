import { forgetEvent } from "../state/forget.js";
import { CommandFailed } from "./failure.js";
import type { StoreContext } from "./state-commands.js";

/**
 * `flows forget <event-id>`: the store forgets that the event's steps ran, so its next delivery
 * (a webhook redelivery, a push from upstream, the next poll of a watched release, or `flows
 * replay`) runs them again. Works on every store; the record keeps the forgotten attempts.
 */
export async function forgetCommand(ctx: StoreContext, eventId: string): Promise<number> {
  const result = await forgetEvent(ctx.store, eventId, { by: "flows forget" });
  if (!result) {
    throw new CommandFailed(`No event "${eventId}" in ${ctx.storeLabel}, so there is nothing to forget. \`flows events\` lists the stored events.`);
  }
  const redelivered = await redeliverWatchedRelease(ctx, result.record.event);
  // Said done only once it is stored: a state branch that refuses the push keeps the event handled.
  try {
    await ctx.store.flush();
  } catch (error) {
    const { describeError } = await import("../describe-error.js");
    throw new CommandFailed(`The forget of ${eventId} was NOT saved, so the event still counts as handled: ${describeError(error)}`);
  }
  if (ctx.json) {
    ctx.out(`${JSON.stringify({ eventId, forgotten: result.forgotten.map((run) => run.id), redeliver: redelivered }, null, 2)}\n`);
    return 0;
  }
  const steps = result.forgotten.map((run) => `${run.flowName}/${run.stepName}`);
  ctx.out(
    steps.length === 0
      ? `Event ${eventId} ran no steps; nothing to forget.\n`
      : `Forgot ${eventId} in ${ctx.storeLabel}: ${steps.join(", ")} will run again on the event's next delivery.\n`,
  );
  if (redelivered) ctx.out(`The next poll of ${redelivered.repo} delivers ${redelivered.tag} again.\n`);
  return 0;
}

async function redeliverWatchedRelease(
  ctx: StoreContext,
  event: { type: string; payload?: unknown },
): Promise<{ repo: string; tag: string } | undefined> {
  if (event.type !== "upstream.release") return undefined;
  const { repo, tag } = (event.payload ?? {}) as { repo?: unknown; tag?: unknown };
  if (typeof repo !== "string" || typeof tag !== "string") return undefined;
  const { requestRedelivery } = await import("../watch/redeliver.js");
  return (await requestRedelivery(ctx.store, repo, tag)) ? { repo, tag } : undefined;
}
