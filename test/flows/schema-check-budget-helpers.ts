// The nested-payload check in a child of a capped heap, shared by schema-check-budget.test.ts
// and schema-check-budget.stress.test.ts.
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

/** A schema whose validator calls itself for each item: one validator per level of the payload. */
export const RECURSIVE = { type: "array", items: { $ref: "#" } };
/** The same below an alternative: while it is tried, no error is final. */
export const RECURSIVE_IN_ANY_OF = { anyOf: [{ type: "array", items: { $ref: "#" } }, { type: "string" }] };
/** The child's heap: what loading and the payload take (about 35 MB), and far less than 1,000 errors per level. */
export const CHILD_HEAP_MB = 128;

/**
 * Checks, in a process whose heap is capped, a payload `levels` deep: at each level 999 numbers
 * that fail and the next level (schema-check-budget-child.ts). The time budget is 30 s, so that
 * only errors stop the check, on a loaded machine too.
 */
export async function checkNested(dir: string, schema: unknown, levels: number) {
  const schemaFile = join(dir, "nested-schema.json");
  await writeFile(schemaFile, JSON.stringify(schema));
  const args = [`--max-old-space-size=${CHILD_HEAP_MB}`, "--import", "tsx", "test/flows/schema-check-budget-child.ts", schemaFile, String(levels), "999", "30000"];
  try {
    const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 1024 * 1024 });
    return { code: 0, outcome: JSON.parse(stdout) as Record<string, unknown>, stderr: "" };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? 1, outcome: {}, stderr: failed.stderr ?? "" };
  }
}
