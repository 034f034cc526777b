// Checks a payload nested `levels` deep (each level an array of `failing` numbers, then the next
// level) against the schema in a JSON file, with a time budget of `maxMs`, in a process whose heap
// is capped (schema-check-budget.test.ts): prints how the check ended, as JSON. Arguments: schema
// file, levels, failing, maxMs.
import { readFileSync } from "node:fs";
import { createAjv } from "../../src/flows/schema-ajv.js";
import { CheckBudgetExceeded, checkWithinBudget, MAX_CHECK_ERRORS } from "../../src/flows/schema-check-budget.js";

const [schemaFile = "", levelsText = "2000", failingText = "999", maxMsText = "3000"] = process.argv.slice(2);
const levels = Number(levelsText);
const failing = Number(failingText);
let payload: unknown[] = [];
for (let level = 0; level < levels; level += 1) payload = [...new Array(failing).fill(1), payload];

const ajv = await createAjv("draft-07", { logger: false as never, loadSchema: async () => ({}), metaSchemas: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
let outcome: Record<string, unknown>;
try {
  const valid = checkWithinBudget(() => validate(payload), { maxErrors: MAX_CHECK_ERRORS, maxMs: Number(maxMsText) });
  outcome = { valid, errors: validate.errors?.length ?? 0 };
} catch (error) {
  if (!(error instanceof CheckBudgetExceeded)) throw error;
  outcome = { over: error.over, errors: error.errors.length, first: error.errors[0]?.instancePath, last: error.errors.at(-1)?.instancePath };
}
const ms = Math.round(performance.now() - started);
const heapGrowthMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024);
console.log(JSON.stringify({ ...outcome, ms, heapGrowthMb, heapBeforeMb: Math.round(heapBefore / 1024 / 1024), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
