import { execFileSync } from "node:child_process";
import { mkdir, rename, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_FLOW_ROOTS, discoverFlows } from "../../src/flows/discovery.js";
import {
  copyPackage,
  makeTempRepo,
  type TempRepo,
  writeFiles,
  writeSimplePackage,
} from "./helpers.js";
import { timedUnderLoad } from "../helpers/stalls.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

describe("discoverFlows", () => {
  it("finds nothing and reports nothing in a repository without flow roots", async () => {
    const result = await discoverFlows({ repoRoot: repo.root });
    expect(result).toEqual({ flows: [], problems: [], shadowed: [] });
    expect(DEFAULT_FLOW_ROOTS).toEqual([".codex/flows", "flows"]);
  });

  it("lists installed packages before source packages, each root's children in sorted order", async () => {
    for (const name of ["zeta", "alpha", "Beta", "mid-1", "mid-10", "mid-2"]) {
      await writeSimplePackage(repo.root, `flows/${name}`, { name: `src-${name}` });
    }
    await writeSimplePackage(repo.root, ".codex/flows/yy", { name: "inst-yy" });
    await writeSimplePackage(repo.root, ".codex/flows/xx", { name: "inst-xx" });

    const { flows, problems } = await discoverFlows({ repoRoot: repo.root });

    expect(problems).toEqual([]);
    expect(flows.map((flow) => flow.name)).toEqual([
      "inst-xx",
      "inst-yy",
      "src-Beta",
      "src-alpha",
      "src-mid-1",
      "src-mid-10",
      "src-mid-2",
      "src-zeta",
    ]);
    expect(flows[0]?.root).toBe(join(repo.root, ".codex/flows/xx"));
    expect(flows[0]?.manifestPath).toBe(join(repo.root, ".codex/flows/xx/flow.toml"));
  });

  it("an installed copy shadows the source package of the same name, with a warning naming both", async () => {
    await copyPackage("openai-codex-bindings", repo.root, ".codex/flows/openai-codex-bindings");
    await copyPackage("openai-codex-bindings", repo.root, "flows/openai-codex-bindings");
    await writeSimplePackage(repo.root, "flows/other", { name: "other" });

    const result = await discoverFlows({ repoRoot: repo.root });

    const installed = join(repo.root, ".codex/flows/openai-codex-bindings/flow.toml");
    const source = join(repo.root, "flows/openai-codex-bindings/flow.toml");
    expect(result.flows.map((flow) => [flow.name, flow.manifestPath])).toEqual([
      ["openai-codex-bindings", installed],
      ["other", join(repo.root, "flows/other/flow.toml")],
    ]);
    expect(result.shadowed).toEqual([
      { name: "openai-codex-bindings", keptManifest: installed, shadowedManifest: source },
    ]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: "warning", file: source });
    expect(result.problems[0]?.message).toContain(installed);
    expect(result.problems[0]?.message).toContain(`so ${source} is ignored`);
  });

  it("within one root the first sorted folder wins a name clash", async () => {
    await writeSimplePackage(repo.root, "flows/b-copy", { name: "same", version: 2 });
    await writeSimplePackage(repo.root, "flows/a-copy", { name: "same", version: 1 });

    const result = await discoverFlows({ repoRoot: repo.root });

    expect(result.flows.map((flow) => flow.version)).toEqual([1]);
    expect(result.shadowed[0]?.shadowedManifest).toBe(join(repo.root, "flows/b-copy/flow.toml"));
  });

  it("the warning for a shadowed package points at the line of its name", async () => {
    await writeSimplePackage(repo.root, "flows/a-copy", { name: "same" });
    await writeFiles(repo.root, {
      "flows/b-copy/flow.toml": '# a stale copy\n\n  name = "same"\nversion = 1\n\n[[steps]]\nname = "s"\nrunner = "bun"\nscript = "s.ts"\n',
      "flows/b-copy/s.ts": "",
    });

    const result = await discoverFlows({ repoRoot: repo.root });

    expect(result.problems).toEqual([
      expect.objectContaining({ severity: "warning", file: join(repo.root, "flows/b-copy/flow.toml"), line: 3, column: 3 }),
    ]);
  });

  it("ignores files, folders without flow.toml, nested packages and a flow.toml folder", async () => {
    await writeSimplePackage(repo.root, "flows/real", { name: "real" });
    await writeSimplePackage(repo.root, "flows/group/nested", { name: "nested" });
    await writeFiles(repo.root, {
      "flows/README.md": "# flows\n",
      "flows/flow.toml": 'name = "root-level"\n',
      "flows/no-manifest/exec/run.ts": "\n",
    });
    await mkdir(join(repo.root, "flows/odd/flow.toml"), { recursive: true });

    const { flows, problems } = await discoverFlows({ repoRoot: repo.root });

    expect(flows.map((flow) => flow.name)).toEqual(["real"]);
    expect(problems).toEqual([]);
  });

  it("validate and list warn about a flow.toml that is a folder or a link to nothing, and load the rest", async () => {
    await writeSimplePackage(repo.root, "flows/real", { name: "real" });
    await mkdir(join(repo.root, "flows/folder/flow.toml"), { recursive: true });
    await mkdir(join(repo.root, "flows/dangling"), { recursive: true });
    await symlink("../shared/flow.toml", join(repo.root, "flows/dangling/flow.toml"));

    const quiet = await discoverFlows({ repoRoot: repo.root });
    const checked = await discoverFlows({ repoRoot: repo.root, checkLayout: true });

    expect(quiet.problems).toEqual([]);
    expect(checked.flows.map((flow) => flow.name)).toEqual(["real"]);
    expect(checked.problems.map((p) => [p.severity, p.file])).toEqual([
      ["warning", join(repo.root, "flows/dangling/flow.toml")],
      ["warning", join(repo.root, "flows/folder/flow.toml")],
    ]);
    expect(checked.problems[0]?.message).toBe(
      'flow.toml is a symbolic link to "../shared/flow.toml", which does not exist, so the folder is not loaded as a flow package. ' +
        "Point the link at the manifest, or replace it with the file.",
    );
    expect(checked.problems[1]?.message).toContain("flow.toml is a folder, not a file");
  });

  it.skipIf(process.platform === "win32")(
    "a flow.toml that links to /dev/zero, is a FIFO or is over 512 KiB is a problem of its package, in bounded time; the rest load",
    async () => {
      await writeSimplePackage(repo.root, "flows/real", { name: "real" });
      await writeSimplePackage(repo.root, "flows/linked", { name: "linked" });
      for (const name of ["zero", "fifo", "huge"]) await mkdir(join(repo.root, "flows", name), { recursive: true });
      // A link to a manifest is still followed; one to a device is not read.
      await rename(join(repo.root, "flows/linked/flow.toml"), join(repo.root, "flows/linked/real.toml"));
      await symlink("real.toml", join(repo.root, "flows/linked/flow.toml"));
      await symlink("/dev/zero", join(repo.root, "flows/zero/flow.toml"));
      execFileSync("mkfifo", [join(repo.root, "flows/fifo/flow.toml")]);
      await writeFile(join(repo.root, "flows/huge/flow.toml"), `name = "huge"\n#${"x".repeat(600 * 1024)}\n`);

      // Stalls left out (test/helpers/stalls.ts): a read of /dev/zero or a FIFO would not end.
      const { value: discovered, ms } = await timedUnderLoad(() => discoverFlows({ repoRoot: repo.root }));
      const { flows, problems } = discovered;
      expect(ms).toBeLessThan(5_000);
      expect(flows.map((flow) => flow.name).sort()).toEqual(["linked", "real"]);
      const byFolder = Object.fromEntries(problems.map((p) => [p.file?.split("/").at(-2), p]));
      expect(Object.keys(byFolder).sort()).toEqual(["fifo", "huge", "zero"]);
      expect(byFolder.zero?.severity).toBe("error");
      expect(byFolder.zero?.message).toBe("flow.toml is a character device, not a plain file. Replace it with the package's manifest, a plain TOML file.");
      expect(byFolder.fifo?.message).toContain("flow.toml is a FIFO (named pipe), not a plain file.");
      expect(byFolder.huge?.message).toBe(
        "flow.toml is 600 KiB; a flow.toml may be at most 512 KiB. It names steps and triggers: keep data in the package's own files.",
      );
    },
  );

  it("follows a symlinked package folder", async () => {
    await writeSimplePackage(repo.root, "elsewhere/linked", { name: "linked" });
    await mkdir(join(repo.root, "flows"), { recursive: true });
    await symlink(join(repo.root, "elsewhere/linked"), join(repo.root, "flows/linked"));

    const { flows } = await discoverFlows({ repoRoot: repo.root });

    expect(flows.map((flow) => [flow.name, flow.root])).toEqual([
      ["linked", join(repo.root, "flows/linked")],
    ]);
  });

  it("uses custom roots in the given order, relative or absolute, skipping missing ones", async () => {
    await writeSimplePackage(repo.root, "ci/flows/one", { name: "one" });
    await writeSimplePackage(repo.root, "shared/two", { name: "two" });
    await writeSimplePackage(repo.root, "flows/default-only", { name: "default-only" });

    const { flows, problems } = await discoverFlows({
      repoRoot: repo.root,
      roots: [join(repo.root, "shared"), "does/not/exist", "ci/flows", "shared"],
    });

    expect(flows.map((flow) => flow.name)).toEqual(["two", "one"]);
    expect(problems).toEqual([]);
  });

  it("leaves a broken package out but keeps its problems, and still loads the rest", async () => {
    await writeSimplePackage(repo.root, "flows/good", { name: "good" });
    await writeFiles(repo.root, {
      "flows/bad/flow.toml":
        'name = "bad"\nversion = 1\n\n[[steps]]\nname = "s"\nrunner = "deno"\nscript = "x.ts"\n',
    });

    const { flows, problems } = await discoverFlows({ repoRoot: repo.root });

    expect(flows.map((flow) => flow.name)).toEqual(["good"]);
    expect(problems.map((p) => [p.file, p.line, p.severity])).toEqual([
      [join(repo.root, "flows/bad/flow.toml"), 6, "error"],
      [join(repo.root, "flows/bad/flow.toml"), 7, "error"],
    ]);
    expect(problems[0]?.message).toContain('steps[0].runner is "deno"');
    expect(problems[1]?.message).toContain('steps[0].script "x.ts" does not exist');
  });

  it("warns about a root that exists but is not a folder", async () => {
    await writeFiles(repo.root, { flows: "not a folder\n" });

    const { flows, problems } = await discoverFlows({ repoRoot: repo.root });

    expect(flows).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "warning", file: join(repo.root, "flows") });
    expect(problems[0]?.message).toContain("flow root is a file, not a folder, so no flows were loaded from it. Give a folder");
  });
});
