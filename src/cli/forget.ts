import { describeRunningStep, EventStillRunningError, forgetEvent, type ForgetResult } from "../state/forget.js";
import { CommandFailed } from "./failure.js";
import { shellWord } from "../shell-word.js";
import { terminalText } from "../terminal-text.js";
import type { StoreContext } from "./state-commands.js";
import type { Redelivery } from "../watch/redeliver.js";
import type { StoredWatchCursor } from "../watch/cursor.js";
import { shownFilter } from "../watch/watch-filter.js";

/**
 * `flows forget <event-id>`: the store forgets that the event's steps ran, so its next delivery
 * (a webhook redelivery, a push from upstream, the next poll of a watched release, or `flows
 * replay`) runs them again. Works on every store; the record keeps the forgotten attempts.
 */
export async function forgetCommand(ctx: StoreContext, named: string, options: { force?: boolean } = {}): Promise<number> {
  // A watch cursor named by its repository only: the one cursor of that repository it means, or a list to choose from.
  const cursors = named.startsWith(WATCH_CURSOR_ID_PREFIX) ? await cursorsOfRepository(ctx, named) : undefined;
  const eventId = cursors ? chosenCursor(ctx, named, cursors) : named;
  const result = await forgetEvent(ctx.store, eventId, { by: "flows forget", force: options.force === true }).catch((error: unknown) => {
    if (!(error instanceof EventStillRunningError)) throw error;
    const id = `${shellWord(eventId)}${ctx.contextArgs ?? ""}`;
    // The message names the step and its dispatcher's host as the record holds them: outside text,
    // carried as it is (the --json document is for programs) and escaped where main prints it.
    throw new CommandFailed(error.message, {
      hint:
        `Wait for it to end (\`${ctx.invocation ?? "flows"} runs --event ${id}\` shows it) and run \`${ctx.invocation ?? "flows"} forget ${id}\` again. ` +
        `If that dispatcher is gone (its machine or job lost; one gone on this host is seen at once), \`${ctx.invocation ?? "flows"} forget ${id} --force\`.`,
    });
  });
  if (!result) {
    throw new CommandFailed(`No event "${eventId}" in ${ctx.storeLabel}, so there is nothing to forget. \`${ctx.invocation ?? "flows"} events${ctx.contextArgs ?? ""}\` lists the stored events.`);
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
    throw new CommandFailed(`The forget of ${eventId} was NOT saved, so the event still counts as handled: ${describeError(error)}`);
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
  // The other watches of that repository (other filters, other workflows) keep their own cursors.
  const others = (cursors ?? []).filter((cursor) => cursor.eventId !== eventId);
  if (others.length > 0) ctx.out(`Kept the other watch cursors of ${terminalText(others[0]?.repo ?? "")} (forget each by its id):\n${cursorList(others)}`);
  if (redelivered) ctx.out(`The next poll of ${terminalText(redelivered.repo)} delivers ${terminalText(redelivered.eventId ?? redelivered.tag)} again.\n`);
  // Older ones it pushed out of the cursor's list (past 100): named, as they are not delivered again.
  if (redelivered?.warning) ctx.err(`warning: ${terminalText(redelivered.warning)}.\n`);
  return 0;
}

const WATCH_CURSOR_ID_PREFIX = "flows-action:watch-cursor:";

/**
 * The cursors stored for the repository a cursor id names (each watch filter keeps its own,
 * `flows-action:watch-cursor:owner/repo:filter-<hash>`; a watch with no filter the record with
 * no suffix), read from the whole store: `flows watch --status` shows each watch's cursor id.
 */
async function cursorsOfRepository(ctx: StoreContext, named: string): Promise<StoredWatchCursor[]> {
  const repo = named.slice(WATCH_CURSOR_ID_PREFIX.length).replace(/:filter-[0-9a-f]*$/, "");
  const { listWatchCursors } = await import("../watch/cursor.js");
  return listWatchCursors(ctx.store, repo);
}

/**
 * The cursor record `flows forget <id>` drops: the one named, when stored. The id of a
 * repository's unfiltered cursor (what older versions kept, and what error messages name) when
 * that repository has only cursors of watches with filters: the only one, or, when there are
 * several, none (which is the user's to choose: each is another watch's place).
 */
function chosenCursor(ctx: StoreContext, named: string, cursors: readonly StoredWatchCursor[]): string {
  if (cursors.some((cursor) => cursor.eventId === named)) return named;
  if (named.includes(":filter-") || cursors.length === 0) return named;
  if (cursors.length === 1) return cursors[0]?.eventId ?? named;
  throw new CommandFailed(`${named} names no one watch cursor: ${ctx.storeLabel} keeps one per watch filter of that repository:\n${cursorList(cursors, (text) => text)}`, {
    hint: `Forget the one you mean by its id: \`${ctx.invocation ?? "flows"} forget <id>${ctx.contextArgs ?? ""}\` (\`flows watch --status\` shows each watch's).`,
  });
}

/**
 * One line per cursor: its id and its filter, cut, and escaped for the terminal (the filter is the
 * state store's text) unless the lines go into an error, which main escapes where it prints it.
 */
function cursorList(cursors: readonly StoredWatchCursor[], shown: (text: string) => string = terminalText): string {
  return cursors
    .map((cursor) => {
      const filter = cursor.unreadable ? "unreadable" : cursor.filter === undefined ? "filter not kept" : shownFilter(cursor.filter);
      return `  ${shown(cursor.eventId)}  ${shown(filter)}\n`;
    })
    .join("");
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
