// @bun
// src/state/forget.ts
async function forgetEvent(store, eventId, options = {}) {
  const stored = await store.loadEvent(eventId);
  if (!stored)
    return;
  const at = (options.now ?? new Date).toISOString();
  const reason = `forgotten by ${options.by ?? "flows forget"} at ${at}: the next delivery of this event runs the step again`;
  const forgotten = stored.runs.map((run) => {
    const number = run.attempts.length + 1;
    const marked = {
      ...run,
      processStatus: "canceled",
      effectiveStatus: "canceled",
      needsAttention: false,
      attempts: [...run.attempts, { id: `${run.id}_${number}`, number, status: "canceled", startedAt: at, completedAt: at, error: reason }],
      error: reason,
      updatedAt: at > run.updatedAt ? at : new Date(Date.parse(run.updatedAt) + 1).toISOString()
    };
    delete marked.resultStatus;
    delete marked.resultPayload;
    delete marked.alreadyHandled;
    return marked;
  });
  const updatedAt = [at, stored.updatedAt].sort()[1] ?? at;
  const record = { ...stored, runs: forgotten, updatedAt };
  await store.saveEvent(record);
  return { record, forgotten };
}

// src/cli/forget.ts
async function forgetCommand(ctx, eventId) {
  const result = await forgetEvent(ctx.store, eventId, { by: "flows forget" });
  if (!result) {
    ctx.err(`No event "${eventId}" in ${ctx.storeLabel}, so there is nothing to forget. \`flows events\` lists the stored events.
`);
    return 1;
  }
  const redelivered = await redeliverWatchedRelease(ctx, result.record.event);
  if (ctx.json) {
    ctx.out(`${JSON.stringify({ eventId, forgotten: result.forgotten.map((run) => run.id), redeliver: redelivered }, null, 2)}
`);
    return 0;
  }
  const steps = result.forgotten.map((run) => `${run.flowName}/${run.stepName}`);
  ctx.out(steps.length === 0 ? `Event ${eventId} ran no steps; nothing to forget.
` : `Forgot ${eventId} in ${ctx.storeLabel}: ${steps.join(", ")} will run again on the event's next delivery.
`);
  if (redelivered)
    ctx.out(`The next poll of ${redelivered.repo} delivers ${redelivered.tag} again.
`);
  return 0;
}
async function redeliverWatchedRelease(ctx, event) {
  if (event.type !== "upstream.release")
    return;
  const { repo, tag } = event.payload ?? {};
  if (typeof repo !== "string" || typeof tag !== "string")
    return;
  const { requestRedelivery } = await import("./redeliver-330863d3.js");
  return await requestRedelivery(ctx.store, repo, tag) ? { repo, tag } : undefined;
}
export {
  forgetCommand
};
