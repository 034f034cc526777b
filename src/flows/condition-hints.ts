// What to write instead, for mistakes people bring from other languages and from workflows:
// `=` or `"` or `and`, `True`, and workflow contexts and functions a trigger does not have.
import { closest } from "../did-you-mean.js";

export function hint(symbol: string | undefined): string {
  if (symbol === undefined) return "";
  if (symbol.startsWith("=") && !symbol.startsWith("==")) return "; compare with ==";
  if (symbol.startsWith("&") || symbol.startsWith("|")) return "; write && and || for and/or";
  if (symbol.startsWith('"')) return "; strings in expressions use single quotes";
  if (symbol.startsWith("'")) return "; the string is not closed: add the closing '";
  return "";
}

const WORKFLOW_CONTEXTS = ["secrets", "vars", "inputs", "needs", "steps", "job", "jobs", "runner", "strategy", "matrix"];

/** Names a first condition reads at the top level that are fields of a context. */
const FIELDS_OF: Record<string, string> = {
  payload: "event.payload",
  id: "event.id",
  type: "event.type",
  source: "event.source",
  config: "flow.config",
};
const CONTEXTS = ["event", "github", "flow", "env"];

/**
 * Workflow contexts, copied from a workflow's if: a trigger is checked outside any job; a field
 * read without its context (`payload.ref`); a context's name misspelt (`events`).
 */
export function contextHint(name: string): string {
  const lower = name.toLowerCase();
  const field = FIELDS_OF[lower];
  if (field !== undefined) return `. ${name} is read through its context: write ${field}`;
  const near = closest(name, CONTEXTS);
  if (near !== undefined) return `. Did you mean ${near}? Write ${near} in its place`;
  if (!WORKFLOW_CONTEXTS.includes(lower)) return "";
  return `. ${name} is a workflow context, which a trigger (checked outside any job) does not have: read settings from flow.config (the [config] table of flow.toml) or env`;
}

/** Workflow functions about a job, which a trigger (checked before any job) cannot answer. */
export function workflowFunctionHint(name: string): string {
  const lower = name.toLowerCase();
  if (["success", "failure", "always", "cancelled"].includes(lower)) {
    return `. ${name}() is about a job's earlier steps, and a trigger is checked before any step runs: leave it out`;
  }
  if (lower === "hashfiles") return ". hashFiles() reads the job's checkout, which a trigger does not have; changed('pattern') tells whether a push or pull request touched matching files";
  return "";
}

/** Words other languages use where expressions have operators or lower-case literals. */
export function wordHint(word: string): string {
  const lower = word.toLowerCase();
  if (lower === "and" || lower === "or") return "; write && and || for and/or";
  if (lower === "not") return "; write ! for not";
  if (["true", "false", "null"].includes(lower) && word !== lower) return `; write ${lower} in lower case`;
  if (lower === "none" || lower === "nil" || lower === "undefined") return "; write null";
  return "";
}
