// What `flows validate` says about packages that load fine but cannot work: a step whose script
// is empty, a trigger schema no payload can pass.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validateFlows } from "../../src/flows/validate.js";
import { makeTempRepo, type TempRepo, writeFiles } from "./helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

function manifest(steps: Array<{ name: string; script: string; type?: string; schema?: string }>): string {
  const lines = ['name = "pkg"', "version = 1", ""];
  for (const step of steps) {
    lines.push("[[steps]]", `name = "${step.name}"`, 'runner = "bun"', `script = "${step.script}"`);
    if (step.type) lines.push("[steps.trigger]", `type = "${step.type}"`, ...(step.schema ? [`schema = "${step.schema}"`] : []));
    lines.push("");
  }
  return lines.join("\n");
}

const validate = () => validateFlows({ repoRoot: repo.root });

describe("flows validate: empty scripts", () => {
  it("warns about a step whose script is empty, only whitespace or only comments, naming the file and the step", async () => {
    await writeFiles(repo.root, {
      "flows/pkg/flow.toml": manifest([
        { name: "zero", script: "exec/zero.ts", type: "t" },
        { name: "blank", script: "exec/blank.sh", type: "t" },
        { name: "comments", script: "exec/comments.ts", type: "t" },
        { name: "code", script: "exec/code.ts", type: "t" },
        { name: "url", script: "exec/url.ts", type: "t" },
      ]),
      "flows/pkg/exec/zero.ts": "",
      "flows/pkg/exec/blank.sh": "\n  \n\t\n",
      "flows/pkg/exec/comments.ts": "#!/usr/bin/env bun\n// TODO: write this step\n/* later\n   maybe */\n",
      "flows/pkg/exec/code.ts": 'console.log("FLOW_RESULT {\\"status\\":\\"completed\\"}");\n',
      // A comment opener inside a string is code.
      "flows/pkg/exec/url.ts": '"//example.com"\n',
    });
    const result = await validate();
    const warnings = result.problems.filter((problem) => problem.message.includes("FLOW_RESULT"));
    expect(warnings.map((w) => [w.file.slice(repo.root.length + 1), w.severity, w.line])).toEqual([
      ["flows/pkg/exec/zero.ts", "warning", 1],
      ["flows/pkg/exec/blank.sh", "warning", 1],
      ["flows/pkg/exec/comments.ts", "warning", 1],
    ]);
    expect(warnings[0]?.message).toContain('script is empty (0 bytes), so step "zero" (flow.toml of flow "pkg")');
    expect(warnings[1]?.message).toContain("only whitespace");
    expect(warnings[2]?.message).toContain("only comments");
    expect(warnings[0]?.message).toContain("Write the step's code in it");
    // A warning: the package still loads and validates.
    expect(result.problems.filter((problem) => problem.severity === "error")).toEqual([]);
  });

  it("names every step that shares an empty script, once", async () => {
    await writeFiles(repo.root, {
      "flows/pkg/flow.toml": manifest([
        { name: "a", script: "exec/run.ts", type: "t" },
        { name: "b", script: "exec/run.ts", type: "t" },
      ]),
      "flows/pkg/exec/run.ts": "",
    });
    const warnings = (await validate()).problems.filter((problem) => problem.message.includes("FLOW_RESULT"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain('step "a" (flow.toml of flow "pkg"), step "b"');
  });
});
