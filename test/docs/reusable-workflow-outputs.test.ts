import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

// The README's table of the reusable workflow says which job each output comes from ("from the
// report job; from the plan job when nothing matched"): flows.yml's value for it reads those jobs.

const outputs = (parse(readFileSync(".github/workflows/flows.yml", "utf8")) as { on: { workflow_call: { outputs: Record<string, { value: string }> } } }).on.workflow_call
  .outputs;
const rows = [...readFileSync("README.md", "utf8").matchAll(/^\| output \| `([\w-]+)` \|[^|]*\| (.*) \|$/gm)].map((m) => ({ name: m[1] ?? "", meaning: m[2] ?? "" }));

describe("the README's reusable-workflow outputs", () => {
  it("are found", () => {
    expect(rows.map((row) => row.name).sort()).toEqual(Object.keys(outputs).sort());
  });

  it.each(rows)("$name names the jobs flows.yml reads it from", ({ name, meaning }) => {
    const value = outputs[name]?.value ?? "";
    const read = ["plan", "report"].filter((job) => value.includes(`jobs.${job}.outputs.`));
    const named = ["plan", "report"].filter((job) => meaning.includes(`from the ${job} job`));
    expect(named).toEqual(read);
  });
});
