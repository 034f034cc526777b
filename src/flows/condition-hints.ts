// What to write instead, for mistakes people bring from other languages and from workflows:
// `=` or `"` or `and`, `True`, and workflow contexts and functions a trigger does not have.

export function hint(symbol: string | undefined): string {
  if (symbol === undefined) return "";
  if (symbol.startsWith("=") && !symbol.startsWith("==")) return "; compare with ==";
  if (symbol.startsWith("&") || symbol.startsWith("|")) return "; write && and || for and/or";
  if (symbol.startsWith('"')) return "; strings in expressions use single quotes";
  if (symbol.startsWith("'")) return "; the string is not closed: add the closing '";
  return "";
}

const WORKFLOW_CONTEXTS = ["secrets", "vars", "inputs", "needs", "steps", "job", "jobs", "runner", "strategy", "matrix"];

/** Workflow contexts, copied from a workflow's if: a trigger is checked outside any job. */
export function contextHint(name: string): string {
  if (!WORKFLOW_CONTEXTS.includes(name.toLowerCase())) return "";
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
