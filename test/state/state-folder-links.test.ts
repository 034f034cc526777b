// A state folder that is a symbolic link that loops, leads into a loop, or leads to nothing is
// said as such by the file store itself, so the library, the action and the CLI all say it: the
// file system answers ELOOP at the first file opened under it (`<dir>/events`, not where the
// loop is), and mkdir -p takes a link to nothing for a file in the way.
import { mkdir, rm, symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FileStateStore, StateFolderError } from "../../src/state/index.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { makeRecord, tempDir } from "./helpers.js";

let links: string;
beforeEach(async () => {
  links = await tempDir("flows-state-links-");
  await symlink("b", join(links, "a"));
  await symlink("a", join(links, "b"));
  await symlink("a", join(links, "into"));
  await symlink("nowhere", join(links, "dangling"));
});
afterEach(async () => {
  await rm(links, { recursive: true, force: true });
});

/** The error `work` rejects with. */
async function refusal(work: () => Promise<unknown>): Promise<StateFolderError> {
  const error = await work().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(StateFolderError);
  return error as StateFolderError;
}

describe("the library's file store", () => {
  it("names a folder that is a loop of links as the loop, on a save, a load and a listing", async () => {
    const dir = join(links, "a");
    const store = new FileStateStore({ dir });
    for (const work of [() => store.saveEvent(makeRecord("evt-1", ["r"])), () => store.loadEvent("evt-1"), () => store.listEvents()]) {
      const error = await refusal(work);
      expect(error.message).toBe(`The state folder ${dir} is a symbolic link that loops: ${dir} -> ${join(links, "b")} -> ${dir}. It leads to no folder.`);
      expect(error.hint).toBe("Fix the links, or use another state folder.");
      expect(error.message).not.toContain(join(dir, "events"));
    }
  });

  it("names a link that leads into a loop, and a folder whose path passes through one", async () => {
    const into = await refusal(() => new FileStateStore({ dir: join(links, "into") }).saveEvent(makeRecord("evt-1", ["r"])));
    expect(into.message).toContain(`${join(links, "into")} is a symbolic link that leads into a loop of links: ${join(links, "into")} -> ${join(links, "a")}`);
    const under = await refusal(() => new FileStateStore({ dir: join(links, "a", "state") }).listEvents());
    expect(under.message).toContain(`The state folder ${join(links, "a", "state")} cannot be reached: ${join(links, "a")}, on its path, is a symbolic link that loops`);
  });

  it("says a link to nothing is one, not a file in the way", async () => {
    const dir = join(links, "dangling");
    const store = new FileStateStore({ dir });
    for (const work of [() => store.saveEvent(makeRecord("evt-1", ["r"])), () => store.loadEvent("evt-1"), () => store.listEvents()]) {
      const error = await refusal(work);
      expect(error.message).toBe(`The state folder ${dir} is a symbolic link to ${join(links, "nowhere")}, which does not exist.`);
      expect(error.hint).toBe("Create that folder, fix the link, or use another state folder.");
      expect(error.message).not.toContain("not a folder");
    }
  });

  it("keeps records through a link to a real folder", async () => {
    await mkdir(join(links, "real"));
    await symlink("real", join(links, "to-real"));
    const store = new FileStateStore({ dir: join(links, "to-real") });
    await store.saveEvent(makeRecord("evt-1", ["r"]));
    expect((await new FileStateStore({ dir: join(links, "real") }).loadEvent("evt-1"))?.runs.map((run) => run.id)).toEqual(["r"]);
  });
});

describe("the action with state: file", () => {
  // The dispatch loads the step runners while it reads the store: loaded here first, so none is
  // still loading when the store's refusal ends the job and this file's environment is torn down.
  beforeAll(async () => {
    await Promise.all([import("../../src/runners/index.js"), import("../../src/engine/run-one.js"), import("../../src/engine/run-recorder.js")]);
  });

  it.each([
    ["a loop of links", "a", (dir: string) => `The state folder ${dir} (input "state-dir" is "${dir}") is a symbolic link that loops: ${dir} -> `],
    ["a link to nothing", "dangling", (dir: string) => `The state folder ${dir} (input "state-dir" is "${dir}") is a symbolic link to `],
  ])("fails the job naming a state-dir that is %s, and runs no step", async (_, name, says) => {
    const repo = await tempRepo("flows-state-links-action-");
    try {
      await writeFlow(repo.dir, { name: "notes", steps: [{ name: "write", trigger: "push", source: rawStep("completed", "NOTES WRITTEN") }] });
      const dir = join(links, name);
      const payload = { ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "octo-org/octo-repo" } };
      const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs: { state: "file", "state-dir": dir, checks: "off", comment: "off" } });
      expect(run.code).toBe(1);
      expect(run.io.failed).toContain(says(dir));
      expect(run.io.failed).not.toContain(join(dir, "events"));
      expect(run.io.failed).not.toContain("is a file, not a folder");
      expect(run.stdout).not.toContain("NOTES WRITTEN");
    } finally {
      await repo.cleanup();
    }
  });
});
