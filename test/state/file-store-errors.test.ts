import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileStateStore } from "../../src/state/file-store.js";
import { stateFolderError } from "../../src/state/file-errors.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { isUserError } from "../../src/user-error.js";
import { cliTestEnv, runCli } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { makeRecord, tempDir } from "./helpers.js";

// A state folder the file system will not let the store use (a file where a folder should be,
// a folder where a record should be, a path too long) is the user's to fix: the CLI and the
// action say which path and what to change, never "this is a bug" with a stack.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-state-folder-");
});
afterEach(async () => {
  await repo.cleanup();
});

const NO_BUG = /This is a bug|\n\s+at /;

async function flowAndEvent(source = rawStep("completed")): Promise<string> {
  await writeFlow(repo.dir, { name: "e", steps: [{ name: "s", trigger: "test", source }] });
  const event = join(repo.dir, "ev.json");
  await writeFile(event, JSON.stringify({ id: "e-2", type: "test", payload: {} }));
  return event;
}

/** A step that puts a plain file where the state folder was, once its start is saved. */
function replacesStateFolder(dir: string): string {
  return [
    'import { rmSync, writeFileSync } from "node:fs";',
    `rmSync(${JSON.stringify(dir)}, { recursive: true, force: true });`,
    `writeFileSync(${JSON.stringify(dir)}, "not a folder");`,
    rawStep("completed"),
  ].join("\n");
}

describe("a state folder that cannot be used", () => {
  it("`flows fire` names the file in the way of --state-dir, without a stack", async () => {
    const event = await flowAndEvent();
    const { code, err } = await runCli(["fire", "--repo", repo.dir, "--event", event, "--state-dir", join(event, "sub"), "--no-color"], cliTestEnv());

    expect(code).toBe(1);
    expect(err).not.toMatch(NO_BUG);
    expect(err).toContain(`cannot read records from the state folder ${join(event, "sub")} (--state-dir): ${event} is a file, not a folder.\n`);
    expect(err).toContain("Pass another folder as --state-dir, or move that file out of the way.");
    expect(err).not.toContain("input");
  });

  it("`flows fire` says a --state-dir where no folder can be made (/proc) cannot be created, without a stack", async () => {
    const event = await flowAndEvent();
    const { code, err } = await runCli(["fire", "--repo", repo.dir, "--event", event, "--state-dir", "/proc/flows-state", "--no-color"], cliTestEnv());

    expect(code).toBe(1);
    expect(err).not.toMatch(NO_BUG);
    expect(err).toMatch(/the state folder \/proc\/flows-state \(--state-dir\): \/proc\/flows-state\S* cannot be created there\./);
    expect(err).toContain("Pass another folder as --state-dir on an ordinary writable disk.");
  });

  it("`flows runs` names the file where the events folder should be", async () => {
    const dir = join(repo.dir, "state");
    await mkdir(dir);
    await writeFile(join(dir, "events"), "");
    const { code, err } = await runCli(["runs", "--repo", repo.dir, "--state-dir", dir, "--no-color"], cliTestEnv());

    expect(code).toBe(1);
    expect(err).not.toMatch(NO_BUG);
    expect(err).toContain(`${join(dir, "events")} is a file, not a folder.`);
    expect(err).toContain("Pass another folder as --state-dir, or move that file out of the way.");
  });

  it("`flows fire` says the steps ran but their record was not saved when the folder goes away mid-run", async () => {
    const dir = join(repo.dir, ".codex", "flow-client");
    const event = await flowAndEvent(replacesStateFolder(dir));
    const { code, err } = await runCli(["fire", "--repo", repo.dir, "--event", event, "--no-color"], cliTestEnv());

    expect(code).toBe(1);
    expect(err).not.toMatch(NO_BUG);
    expect(err).toContain(`1 event record(s) were NOT saved to the state folder ${dir} (the default; no --state-dir given): e-2.`);
    expect(err).toContain(`${dir} is a file, not a folder.`);
    expect(err).toContain("steps that ran since would run again");
  });

  it("fails the action's job naming the state-dir input, on a read and after the steps ran", async () => {
    await writeFlow(repo.dir, { name: "e", steps: [{ name: "s", trigger: "workflow_dispatch", source: rawStep("completed") }] });
    await writeFile(join(repo.dir, "blocker"), "");
    const payload = { inputs: {}, ref: "refs/heads/main", repository: { full_name: "octo-org/octo-repo" } };
    const read = await runInProcess({ workspace: repo.dir, eventName: "workflow_dispatch", payload, inputs: { "state-dir": "blocker/state" } });

    expect(read.code).toBe(1);
    expect(read.io.failed).not.toMatch(NO_BUG);
    expect(read.io.failed).toBe(
      `cannot read records from the state folder ${join(repo.dir, "blocker", "state")} (input "state-dir" is "blocker/state"): ${join(repo.dir, "blocker")} is a file, not a folder.\n` +
        'Set input "state-dir" to another folder, or move that file out of the way.',
    );

    const dir = join(repo.dir, "state");
    await writeFlow(repo.dir, { name: "e", steps: [{ name: "s", trigger: "workflow_dispatch", source: replacesStateFolder(dir) }] });
    const saved = await runInProcess({ workspace: repo.dir, eventName: "workflow_dispatch", payload, inputs: { "state-dir": "state" } });

    expect(saved.code).toBe(1);
    expect(saved.io.failed).not.toMatch(NO_BUG);
    expect(saved.io.failed).toContain(`1 event record(s) were NOT saved to the state folder ${dir} (input "state-dir" is "state"): `);
    expect(saved.io.failed).toContain(`${dir} is a file, not a folder. Set input "state-dir" to another folder, or move that file out of the way.`);
    expect(saved.io.failed).not.toContain("--state-dir");
    expect(saved.io.failed).toContain("steps that ran since would run again");
  });

  it("`flows github` names --state-dir, or its default, not the action's input", async () => {
    await writeFlow(repo.dir, { name: "e", steps: [{ name: "s", trigger: "workflow_dispatch", source: rawStep("completed") }] });
    await writeFile(join(repo.dir, "blocker"), "");
    const payload = join(repo.dir, "dispatch.json");
    await writeFile(payload, JSON.stringify({ inputs: {}, ref: "refs/heads/main", repository: { full_name: "octo-org/octo-repo" } }));
    const github = (...argv: string[]) =>
      runCli(["github", "--repo", repo.dir, "--event-name", "workflow_dispatch", "--event-path", payload, "--no-color", ...argv], cliTestEnv());

    const option = await github("--state-dir", join(repo.dir, "blocker", "state"));
    expect(option.code).toBe(1);
    expect(option.err).not.toMatch(NO_BUG);
    expect(option.err).toContain(`cannot read records from the state folder ${join(repo.dir, "blocker", "state")} (--state-dir): ${join(repo.dir, "blocker")} is a file, not a folder.\n`);
    expect(option.err).toContain("Pass another folder as --state-dir, or move that file out of the way.");
    expect(option.err).not.toContain('input "state-dir"');

    await mkdir(join(repo.dir, ".codex"));
    await writeFile(join(repo.dir, ".codex", "flow-client"), "");
    const byDefault = await github();
    expect(byDefault.code).toBe(1);
    expect(byDefault.err).toContain(`the state folder ${join(repo.dir, ".codex", "flow-client")} (the default; no --state-dir given): `);
    expect(byDefault.err).toContain("Pass another folder as --state-dir, or move that file out of the way.");

    // Given as the action's input, it is named as one.
    const input = await github("--input", "state-dir=blocker/state");
    expect(input.err).toContain('(input "state-dir" is "blocker/state")');
  });

  it("names a folder where a record should be, and a path too long", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, eventRecordPath("evt-1")), { recursive: true });
    const store = new FileStateStore({ dir });

    await expect(store.loadEvent("evt-1")).rejects.toThrow(`${join(dir, eventRecordPath("evt-1"))} is a folder, not a file.`);
    await expect(store.saveEvent(makeRecord("evt-1", ["run_a"]))).rejects.toThrow(/^cannot save records to the state folder .* is a folder, not a file\.$/);
    const long = new FileStateStore({ dir: join(dir, "x".repeat(300)) });
    await expect(long.saveEvent(makeRecord("evt-1", ["run_a"]))).rejects.toThrow(/the path is too long/);
    await expect(long.listEvents()).rejects.toSatisfy(isUserError);
  });

  it("leaves errors that are not the file system's as they are", () => {
    const bug = new TypeError("x is not a function");
    const missing = Object.assign(new Error("ENOENT: no such file"), { code: "ENOENT", path: "/nowhere" });
    expect(stateFolderError(bug, { dir: "/state" }, "read")).toBe(bug);
    expect(stateFolderError(missing, { dir: "/state" }, "read")).toBe(missing);
    expect(stateFolderError(Object.assign(new Error("ENOSPC"), { code: "ENOSPC" }), { dir: "/state" }, "save")).toSatisfy(isUserError);
  });
});
