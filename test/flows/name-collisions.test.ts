import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { discoverFlows } from "../../src/flows/discovery.js";
import { foldName, howNamesDiffer } from "../../src/flows/name-collisions.js";
import { flowsIn } from "../helpers/cli.js";
import { makeTempRepo, type TempRepo, writeFiles, writeSimplePackage } from "./helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

const RUN = 'console.log("FLOW_RESULT {\\"status\\":\\"completed\\"}");\n';

/** A package whose flow.toml starts with a comment line, so `name` is on line 2. */
async function writeNamed(folder: string, name: string, steps: string[] = ["run"]): Promise<void> {
  const lines = ["# a package", `name = ${JSON.stringify(name)}`, "version = 1", ""];
  for (const step of steps) lines.push("[[steps]]", `name = ${JSON.stringify(step)}`, 'runner = "bun"', 'script = "exec/run.ts"', "");
  await writeFiles(repo.root, { [`${folder}/flow.toml`]: lines.join("\n"), [`${folder}/exec/run.ts`]: RUN });
}

describe("names that differ only in case or Unicode form", () => {
  it("folds case, compatibility forms and normalisation forms to one name", () => {
    expect(foldName("Release")).toBe(foldName("release"));
    expect(foldName("\uFB02ow")).toBe("flow"); // the fl ligature
    expect(foldName("\uFF46\uFF4C\uFF4F\uFF57")).toBe("flow"); // full-width letters
    expect(foldName("cafe\u0301")).toBe(foldName("caf\u00E9")); // NFD and NFC
    expect(foldName("STRASSE")).toBe(foldName("stra\u00DFe"));
    expect(foldName("flow-a")).not.toBe(foldName("flow-b"));
  });

  it("says how two names differ", () => {
    expect(howNamesDiffer("Release", "release")).toBe("differ only in letter case");
    expect(howNamesDiffer("\uFB02ow", "flow")).toBe('differ only in Unicode form ("\uFB02" (U+FB02) is a form of "fl")');
    expect(howNamesDiffer("\uFB02ow", "Flow")).toContain("Unicode form");
    expect(howNamesDiffer("\uFB02ow", "Flow")).toContain("and letter case");
    expect(howNamesDiffer("cafe\u0301", "caf\u00E9")).toContain("NFD");
  });

  it("warns at the later package's name, citing the first package's flow.toml and line, and loads both", async () => {
    await writeNamed("flows/a", "Release");
    await writeNamed("flows/b", "release");
    await writeNamed("flows/c", "\uFB02ow");
    await writeNamed("flows/d", "\uFF46\uFF4C\uFF4F\uFF57");
    await writeNamed("flows/e", "caf\u00E9");
    await writeNamed("flows/f", "cafe\u0301");
    await writeNamed("flows/g", "unrelated");

    const result = await discoverFlows({ repoRoot: repo.root });

    expect(result.flows.map((flow) => flow.name)).toHaveLength(7);
    expect(result.problems.every((problem) => problem.severity === "warning")).toBe(true);
    const byFile = (folder: string) => result.problems.filter((problem) => problem.file === `${repo.root}/flows/${folder}/flow.toml`);
    expect(byFile("a")).toEqual([]);
    expect(byFile("b")).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('flow name "release" and flow name "Release" (flows/a/flow.toml:2) differ only in letter case') }),
    ]);
    expect(byFile("b")[0]?.message).toContain("Rename this flow (or the other)");
    expect(byFile("d")).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining("(flows/c/flow.toml:2) differ only in Unicode form") })]);
    expect(byFile("f")).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining("NFD") })]);
    expect(result.problems).toHaveLength(3);
  });

  it("warns about deferred packages too, whatever the event", async () => {
    for (let i = 0; i < 4; i += 1) await writeSimplePackage(repo.root, `flows/p${i}`, { name: `p${i}`, steps: [{ name: "run", type: "other.type" }] });
    await writeSimplePackage(repo.root, "flows/q", { name: "P0", steps: [{ name: "run", type: "other.type" }] });

    const result = await discoverFlows({ repoRoot: repo.root, eventType: "upstream.release", deferAbove: 2 });

    expect(result.flows).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: "warning", file: `${repo.root}/flows/q/flow.toml`, line: 1, message: expect.stringContaining("(flows/p0/flow.toml:1) differ only in letter case") }),
    ]);
  });

  it("warns about step names of one flow that differ only in case, at the later step", async () => {
    await writeNamed("flows/a", "a", ["build", "Build", "\uFF42uild"]);

    const result = await discoverFlows({ repoRoot: repo.root });

    expect(result.flows[0]?.steps.map((step) => step.name)).toEqual(["build", "Build", "\uFF42uild"]);
    expect(result.problems.map((problem) => [problem.severity, problem.line, problem.message.split(":")[0]])).toEqual([
      ["warning", 11, 'steps[1].name "Build" and steps[0].name "build" (line 6) differ only in letter case'],
      ["warning", 16, `steps[2].name "\uFF42uild" and steps[0].name "build" (line 6) differ only in Unicode form ("\uFF42" (U+FF42) is a form of "b")`],
    ]);
  });

  it("flows validate prints the warning with both files and exits 0, as the packages still run", async () => {
    await writeNamed("flows/a", "Release");
    await writeNamed("flows/b", "release");

    const { code, err, out } = await flowsIn(repo.root, "validate");

    expect(err).toContain('flows/b/flow.toml:2:1: warning: flow name "release" and flow name "Release" (flows/a/flow.toml:2) differ only in letter case');
    expect(out).toContain("2 flows, 2 steps: all valid.");
    expect(code).toBe(0);
  });
});
