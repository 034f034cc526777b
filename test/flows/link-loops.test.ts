// Symbolic links that lead nowhere, in a flow root or a package: each is said for what it is,
// costs only its own package, and a link in a flow root that is no package fails no event.
import { mkdir, rm, symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { discoverFlows } from "../../src/flows/discovery.js";
import { makeTempRepo, type TempRepo, writeSimplePackage } from "./helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

describe.skipIf(process.platform === "win32")("symbolic links that lead nowhere", () => {
  it("a link in a flow root that loops or points at nothing is no package: no error on events, a warning from validate and list", async () => {
    await writeSimplePackage(repo.root, "flows/real", { name: "real" });
    await symlink("loop", join(repo.root, "flows/loop"));
    await symlink(join(repo.root, "gone"), join(repo.root, "flows/gone"));

    const quiet = await discoverFlows({ repoRoot: repo.root, eventType: "push" });
    expect(quiet.flows.map((flow) => flow.name)).toEqual(["real"]);
    expect(quiet.problems).toEqual([]);

    const checked = await discoverFlows({ repoRoot: repo.root, checkLayout: true });
    expect(checked.flows.map((flow) => flow.name)).toEqual(["real"]);
    expect(checked.problems.map((p) => [p.severity, p.file, p.message])).toEqual([
      [
        "warning",
        join(repo.root, "flows/gone"),
        `folder is a symbolic link to "${join(repo.root, "gone")}", which does not exist, so it is not loaded as a flow package. ` +
          "Point the link at the package folder, or remove it.",
      ],
      [
        "warning",
        join(repo.root, "flows/loop"),
        'folder is a symbolic link to "loop", which leads back to itself (a loop), so it is not loaded as a flow package. ' +
          "Point the link at the package folder, or remove it.",
      ],
    ]);
  });

  it("a flow.toml that is a link loop is no manifest, as a link to nothing is: validate and list say so", async () => {
    await mkdir(join(repo.root, "flows/pkg"), { recursive: true });
    await symlink("flow.toml", join(repo.root, "flows/pkg/flow.toml"));
    expect((await discoverFlows({ repoRoot: repo.root })).problems).toEqual([]);
    expect((await discoverFlows({ repoRoot: repo.root, checkLayout: true })).problems).toEqual([
      {
        severity: "warning",
        file: join(repo.root, "flows/pkg/flow.toml"),
        message:
          'flow.toml is a symbolic link to "flow.toml", which leads back to itself (a loop), so the folder is not loaded as a flow package. ' +
          "Point the link at the manifest, or replace it with the file.",
      },
    ]);
  });

  it("a script or schema that is a link loop or a link to nothing is told so, not that it does not exist", async () => {
    await writeSimplePackage(repo.root, "flows/pkg", { name: "pkg", steps: [{ name: "run", type: "push", schema: "schemas/p.json" }] });
    await mkdir(join(repo.root, "flows/pkg/schemas"));
    await symlink("gone.json", join(repo.root, "flows/pkg/schemas/p.json"));
    await rm(join(repo.root, "flows/pkg/exec/run.ts"));
    await symlink("run.ts", join(repo.root, "flows/pkg/exec/run.ts"));
    const { problems } = await discoverFlows({ repoRoot: repo.root });
    expect(problems.map((p) => [p.severity, p.line, p.message])).toEqual([
      [
        "error",
        7,
        'steps[0].script "exec/run.ts" is a symbolic link to "run.ts", which leads back to itself (a loop); expected a file. ' +
          "Point the link at the file, or replace it with the file.",
      ],
      [
        "error",
        11,
        'steps[0].trigger.schema "schemas/p.json" is a symbolic link to "gone.json", which does not exist; expected a file. ' +
          "Point the link at the file, or replace it with the file.",
      ],
    ]);
  });
});
