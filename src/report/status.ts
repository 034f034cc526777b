import { type EffectiveStatus, type FlowRunView, isRunningElsewhere } from "../contracts.js";

const SYMBOLS: Record<EffectiveStatus, string> = {
  completed: "✅",
  changed: "✅",
  skipped: "⏭️",
  needs_intervention: "✋",
  blocked: "⛔",
  failed: "❌",
  queued: "⏳",
  running: "⏳",
  canceled: "🚫",
  interrupted: "🔌",
};

/** A run's status as people read it: symbol, word, and what made it so. */
export function statusLabel(run: FlowRunView): string {
  const symbol = run.timedOut ? "⏱️" : SYMBOLS[run.effectiveStatus];
  const word = run.timedOut ? "timed out" : run.effectiveStatus.replace("_", " ");
  const notes = [isRunningElsewhere(run) ? "in another dispatch" : run.alreadyHandled ? "already handled" : "", run.replay ? "replay" : ""].filter(Boolean);
  return `${symbol} ${word}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return "–";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** The sentence that explains a run: FLOW_RESULT message, else the failure reason. */
export function runMessage(run: FlowRunView): string {
  const message = run.resultPayload?.message;
  if (typeof message === "string" && message) return message;
  return run.error?.split("\n")[0] ?? "";
}
