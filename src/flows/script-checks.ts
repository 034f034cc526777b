// `flows validate` checks a step's script beyond "it exists" (checked at load): an empty script
// is valid JavaScript, so Bun runs it, it prints no FLOW_RESULT line, and every run of the step
// fails long after the push that emptied it. Almost certainly a mistake (a placeholder never
// filled in, a file truncated by a bad merge), so a warning that names the file and the step.
import { extname, relative } from "node:path";
import type { FlowDiagnostic } from "../contracts.js";
import { readRegularFile } from "../fs-safe.js";
import type { FlowPackage } from "./types.js";

// A script that only holds comments is short; one longer than this has code (or is not read).
const EMPTY_SCRIPT_MAX_BYTES = 64 * 1024;

// Extensions Bun reads as JavaScript or TypeScript, where `//` and `/* */` are comments.
const SCRIPT_EXTENSIONS = new Set([".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"]);

/** One warning per script file that is empty, holds only whitespace, or (JS/TS) only comments. */
export function emptyScriptWarnings(flows: readonly FlowPackage[]): FlowDiagnostic[] {
  const users = new Map<string, Array<{ flow: FlowPackage; step: string }>>();
  for (const flow of flows) {
    for (const step of flow.steps) {
      const list = users.get(step.scriptPath) ?? [];
      list.push({ flow, step: step.name });
      users.set(step.scriptPath, list);
    }
  }
  const warnings: FlowDiagnostic[] = [];
  for (const [scriptPath, steps] of users) {
    const emptiness = emptinessOf(scriptPath);
    if (emptiness === undefined) continue;
    const named = steps.map(({ flow, step }) => `"${step}" (${relative(flow.root, flow.manifestPath)} of flow "${flow.name}")`);
    warnings.push({
      severity: "warning",
      file: scriptPath,
      line: 1,
      message:
        `script is ${emptiness}, so step ${named.join(", step ")} would print no FLOW_RESULT line and every run would fail. ` +
        'Write the step\'s code in it (print `FLOW_RESULT {"status": "completed"}`, or export default a function that ' +
        "returns a result), or point the step's script at the file that has it.",
    });
  }
  return warnings;
}

/** How the script is empty, or undefined when it has code (or cannot be read: loading said so). */
function emptinessOf(scriptPath: string): string | undefined {
  let read: ReturnType<typeof readRegularFile>;
  try {
    read = readRegularFile(scriptPath, EMPTY_SCRIPT_MAX_BYTES, undefined, { followLinks: true });
  } catch {
    return undefined;
  }
  if (read.kind !== "read") return undefined;
  if (read.bytes.length === 0) return "empty (0 bytes)";
  const text = read.bytes.toString("utf8").replace(/^\uFEFF/, "");
  if (text.trim() === "") return "empty (only whitespace)";
  if (!SCRIPT_EXTENSIONS.has(extname(scriptPath).toLowerCase())) return undefined;
  // Removed left to right, a comment opener inside a string leaves the string's quotes behind,
  // so only a file of nothing but comments (and a #! line) ends up blank.
  const code = text.replace(/^#![^\n]*/, "").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
  return code.trim() === "" ? "only comments" : undefined;
}
