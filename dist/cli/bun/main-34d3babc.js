// @bun
// src/state/query.ts
var INTERNAL_EVENT_TYPE_PREFIX = "flows-action.";
function isInternalRecord(record) {
  return record.event.type.startsWith(INTERNAL_EVENT_TYPE_PREFIX);
}
function selectRuns(records, query = {}) {
  const runs = records.filter((record) => !isInternalRecord(record)).filter((record) => !query.eventId || record.event.id === query.eventId).flatMap((record) => record.runs).filter((run) => !query.status || run.effectiveStatus === query.status).filter((run) => !query.needsAttention || run.needsAttention).sort((a, b) => a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);
  return query.limit ? runs.slice(0, query.limit) : runs;
}
function findRun(records, runId) {
  for (const record of records) {
    const run = record.runs.find((candidate) => candidate.id === runId);
    if (run)
      return { record, run };
  }
  return;
}

export { INTERNAL_EVENT_TYPE_PREFIX, isInternalRecord, selectRuns, findRun };
