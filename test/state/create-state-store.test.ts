import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createStateStore, FileStateStore, MemoryStateStore } from "../../src/state/index.js";
import { makeRecord, originWithCheckout, tempDir } from "./helpers.js";

const loaded = vi.hoisted(() => ({ branchStore: false }));
vi.mock("../../src/state/branch-store.js", async (importOriginal) => {
  loaded.branchStore = true;
  return importOriginal();
});

describe("createStateStore", () => {
  it("keeps file state in <repo>/.codex/flow-client by default, without loading the branch store", async () => {
    const repoDir = await tempDir();
    const store = await createStateStore({ kind: "file", repoDir });
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));

    expect(store).toBeInstanceOf(FileStateStore);
    expect((store as FileStateStore).dir).toBe(join(repoDir, ".codex", "flow-client"));
    expect(await new FileStateStore({ dir: join(repoDir, ".codex", "flow-client") }).loadEvent("evt-1")).toBeDefined();
    expect(loaded.branchStore).toBe(false);
  });

  it("uses the given folder for file state", async () => {
    const dir = await tempDir();
    const store = await createStateStore({ kind: "file", dir });
    expect((store as FileStateStore).dir).toBe(dir);
  });

  it('keeps records in memory for "none" and "memory"', async () => {
    expect(await createStateStore({ kind: "none" })).toBeInstanceOf(MemoryStateStore);
    expect(await createStateStore({ kind: "memory" })).toBeInstanceOf(MemoryStateStore);
  });

  it("loads the branch store only when branch state is asked for, on the given branch", async () => {
    const { origin } = await originWithCheckout();
    const store = await createStateStore({ kind: "branch", remoteUrl: origin, branch: "bot-state" });
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await store.flush();
    await store.close?.();

    expect(loaded.branchStore).toBe(true);
    expect(store.kind).toBe("branch");
    const reader = await createStateStore({ kind: "branch", remoteUrl: origin, branch: "bot-state" });
    expect(await reader.loadEvent("evt-1")).toBeDefined();
    await reader.close?.();
  });

  it("asks for a repository when branch state has none, and names the kinds for an unknown one", async () => {
    await expect(createStateStore({ kind: "branch" })).rejects.toThrow(/needs a repository: pass repoDir/);
    await expect(createStateStore({ kind: "s3" as "file" })).rejects.toThrow(
      /unknown state store "s3": use file, branch, artifact, memory or none/,
    );
  });
});
