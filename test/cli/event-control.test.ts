// A FlowEvent whose id or type holds a control character is refused by the action (the events'
// pass-through check); `flows` refuses it the same way wherever it takes an event: an event file
// (fire, run, explain) or a stored record (replay).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { createStateStore } from "../../src/state/index.js";
import { defaultStateDir } from "../../src/state/layout.js";
import { type CliRun, cliTestEnv, flowsIn, writeEventFile } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-cli-control-");
  await writeFlow(repo.dir, { name: "e", steps: [{ name: "s", trigger: "test", source: rawStep("completed", "ran") }] });
});
afterEach(async () => {
  await repo.cleanup();
});

const flows = (...argv: string[]): Promise<CliRun> => flowsIn(repo.dir, ...argv);
const eventFile = (event: unknown): Promise<string> => writeEventFile(repo.dir, event);

const ESCAPES = "esc\u001b]0;TITLE\u0007\u001b[2J";

describe("flows refuses an event whose id or type holds a control character", () => {
  it.each([
    ["an OSC/CSI sequence in the id", flowEvent("test", ESCAPES), "id"],
    ["a newline in the id", flowEvent("test", "a\nb"), "id"],
    ["a newline in the type", flowEvent("te\nst", "t-1"), "type"],
    ["DEL in the id", flowEvent("test", "a\u007fb"), "id"],
  ])("fire: %s, with the action's message and exit 1; nothing runs or is stored", async (_label, event, key) => {
    const path = await eventFile(event);
    const { code, out, err } = await flows("fire", "--event", path);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain(`The FlowEvent in the event file ${path} is not usable: "${key}" contains a control character (newline, tab...).`);
    expect(err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(err).not.toContain("ran");
    expect(JSON.parse((await flows("events", "--json")).out)).toEqual([]);
  });

  it("run and explain refuse it the same way", async () => {
    const path = await eventFile(flowEvent("test", ESCAPES));
    for (const argv of [["run", "e", "s", "--event", path], ["explain", "--event", path]]) {
      const { code, err } = await flows(...argv);
      expect(code, argv[0]).toBe(1);
      expect(err, argv[0]).toContain('is not usable: "id" contains a control character');
    }
  });

  it("a tab is a control character too, as in the action; printable ids still run", async () => {
    expect((await flows("fire", "--event", await eventFile(flowEvent("test", "a\tb")))).code).toBe(1);
    const fine = await flows("fire", "--event", await eventFile(flowEvent("test", "ok-1 ünïcode")));
    expect(fine.code, fine.err).toBe(0);
    expect(fine.out).toContain("event ok-1 ünïcode type=test ran=1");
  });

  it("replay refuses a stored record whose id holds one (stored before, or by the library)", async () => {
    const store = await createStateStore({ kind: "file", dir: defaultStateDir(repo.dir) });
    const stored = await dispatch(flowEvent("test", "old\nid"), { repoRoot: repo.dir, store, env: cliTestEnv() });
    expect(stored.matched).toBe(1);
    const { code, err } = await flows("replay", "old\nid");
    expect(code).toBe(1);
    expect(err).toContain("The FlowEvent in the record stored in the file store at");
    expect(err).toContain('is not usable: "id" contains a control character');
  });
});
