// Text from outside reaches the terminal escaped: step output, FLOW_RESULT messages, event ids and
// types, payload values, stored records. Real flow packages, real Bun steps, the real file store.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { terminalIO } from "../../src/cli/terminal-io.js";
import { dispatch } from "../../src/engine/dispatch.js";
import { renderText } from "../../src/report/text.js";
import { stepOutputText, terminalLines, terminalSafe, terminalText } from "../../src/terminal-text.js";
import { type CliRun, cliTestEnv, flowsIn, writeEventFile } from "../helpers/cli.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";

/** Any control character a terminal acts on: all of C0 and C1 but tab and newline, and DEL. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const HOSTILE = "\u001b]0;TITLE\u0007\u001b[2J red \u0000 end \u009b31m";
const SHOWN = "\\u001b]0;TITLE\\u0007\\u001b[2J red \\u0000 end \\u009b31m";

/** A step that prints HOSTILE and reports a message with a line break and an escape sequence. */
const HOSTILE_STEP = [
  `console.log(${JSON.stringify(HOSTILE)});`,
  `console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "two\\nlines \\u001b]0;T\\u0007" }));`,
].join("\n");

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-cli-terminal-");
  await writeFlow(repo.dir, { name: "e", steps: [{ name: "s", trigger: "test", source: HOSTILE_STEP }] });
});
afterEach(async () => {
  await repo.cleanup();
});

const flows = (...argv: string[]): Promise<CliRun> => flowsIn(repo.dir, ...argv);

async function fire(event: unknown): Promise<CliRun> {
  return flows("fire", "--event", await writeEventFile(repo.dir, event));
}

describe("terminal text", () => {
  it("escapes C0 and C1 controls but tab, one form; a single-line field loses its line breaks, a block keeps them", () => {
    expect(terminalText("a\tb\nc\r\u001b[31m\u0085\u007f")).toBe("a\tb\\nc\\r\\u001b[31m\\u0085\\u007f");
    expect(terminalLines("a\nb\u0007")).toBe("a\nb\\u0007");
    expect(terminalText("plain ünïcode ✅")).toBe("plain ünïcode ✅");
    // The line and paragraph separators end a line for a program reading one field: shown, as logText shows them.
    expect(terminalText("a\u2028b\u2029c")).toBe("a\\u2028b\\u2029c");
    expect(terminalLines("a\u2028b")).toBe("a\u2028b");
  });

  it("keeps SGR colours in live step output only with colour on, then resets; every other sequence is escaped", () => {
    const line = "\u001b[31mred\u001b[0m \u001b[1;38;5;208mx \u001b]52;c;aGk=\u0007 \u001b[2J \u001b[31 \u009b31m";
    expect(stepOutputText(line, true)).toBe(
      "\u001b[31mred\u001b[0m \u001b[1;38;5;208mx \\u001b]52;c;aGk=\\u0007 \\u001b[2J \\u001b[31 \\u009b31m\u001b[0m",
    );
    expect(stepOutputText(line, false)).toBe(terminalText(line));
    expect(stepOutputText("no colour", true)).toBe("no colour");
  });

  it("shows tag characters (invisible ASCII) as \\u{e00..}, as the job log does, and leaves a subdivision flag whole", () => {
    // U+E0000–U+E007F spell ASCII no reader sees: `deploy` and `deploy` + tags looked the same.
    const tags = [..."ok"].map((char) => String.fromCodePoint(0xe0000 + char.charCodeAt(0))).join("");
    const england = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}";
    const text = `deploy${tags} ${england}`;
    const shown = `deploy\\u{e006f}\\u{e006b} ${england}`;
    expect(terminalText(text)).toBe(shown);
    expect(terminalLines(`${text}\nnext`)).toBe(`${shown}\nnext`);
    expect(stepOutputText(`\u001b[31m${text}`, true)).toBe(`\u001b[31m${shown}\u001b[0m`);
    expect(terminalText(`a\u{E0001}`)).toBe("a\\u{e0001}");
  });

  it("the last guard lets tab, newline and SGR through, escapes the rest, and leaves escaped text as it is", () => {
    expect(terminalSafe("a\tb\n\u001b[1mc\u001b[22m\u001b]0;T\u0007\r")).toBe("a\tb\n\u001b[1mc\u001b[22m\\u001b]0;T\\u0007\\r");
    expect(terminalSafe(terminalText(HOSTILE))).toBe(SHOWN);
  });
});

describe("flows prints outside text escaped", () => {
  it("fire: live step output and the summary line's message", async () => {
    const { code, out, err } = await fire(flowEvent("test", "ok-1"));
    expect(code, err).toBe(0);
    expect(err).toContain(`[e/s] ${SHOWN}\n`);
    expect(out).toContain("✅ completed  e/s");
    expect(out).toContain("two\\nlines \\u001b]0;T\\u0007");
    expect(out + err).not.toMatch(RAW_CONTROL);
  });

  it("show, events and runs: stored ids, types, payload values, result, error and output", async () => {
    // C1 controls are not refused in ids (the action's check is C0 and DEL), so they are escaped.
    const id = "c1\u009b2J";
    expect((await fire(flowEvent("test", id, { title: HOSTILE }))).code).toBe(0);
    const event = await flows("show", id);
    expect(event.out).toContain("event c1\\u009b2J\n");
    // JSON escapes C0 itself; C1 it leaves raw, and that is escaped here, in the same form.
    expect(event.out).toContain(`  payload {"title":"${SHOWN}"}\n`);
    const listed = await flows("events");
    expect(listed.out).toContain("  test  c1\\u009b2J  1 completed");
    const runs = await flows("runs");
    const runId = /^(run_\w+)/.exec(runs.out)?.[1] ?? "";
    expect(runs.out).toContain("event c1\\u009b2J");
    const run = await flows("show", runId);
    expect(run.out).toContain(`  output (tail):\n    ${SHOWN}\n`);
    expect(run.out).toContain("  event c1\\u009b2J (test)");
    for (const each of [event, listed, runs, run]) expect(each.out + each.err).not.toMatch(RAW_CONTROL);
    // --json passes the same guard: a C1 character in a string becomes a JSON escape of itself.
    const json = await flows("events", "--json");
    expect(json.out).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.out)[0]).toMatchObject({ id, payload: { title: HOSTILE } });
  });

  it("explain: the event id and the payload values a condition read", async () => {
    await writeFlow(repo.dir, {
      name: "x",
      steps: [{ name: "s", trigger: "test", condition: "event.payload.title == 'x'", source: HOSTILE_STEP }],
    });
    const path = join(repo.dir, "event.json");
    await writeFile(path, JSON.stringify(flowEvent("test", "ex\u009b1", { title: HOSTILE })));
    const { code, out } = await flows("explain", "--event", path);
    expect(code).toBe(0);
    expect(out).toContain("event ex\\u009b1 type=test");
    expect(out).toContain("\\u009b31m");
    expect(out).not.toMatch(RAW_CONTROL);
  });

  it("anything else the CLI prints passes the last guard (an id typed on the command line)", async () => {
    const { code, err } = await flows("forget", "\u001b]0;T\u0007");
    expect(code).toBe(1);
    expect(err).toContain('No event "\\u001b]0;T\\u0007"');
    expect(err).not.toMatch(RAW_CONTROL);
  });

  it("the CLI's own colours stay: renderText paints its labels and escapes the event's text", async () => {
    const { createStateStore } = await import("../../src/state/index.js");
    const store = await createStateStore({ kind: "none" });
    const outcome = await dispatch(flowEvent("test", "col\u009b1"), { repoRoot: repo.dir, store, env: cliTestEnv() });
    const text = renderText(outcome, { color: true });
    expect(text).toContain("\u001b[1mevent col\\u009b1\u001b[22m type=test");
    expect(text).toContain("two\\nlines \\u001b]0;T\\u0007");
    expect(text.replace(/\u001b\[\d+m/g, "")).not.toMatch(RAW_CONTROL);
  });

  it("flows github prints step output as fire does: colours only with colour on", () => {
    for (const color of [true, false]) {
      let out = "";
      const io = terminalIO({ inputs: {}, color, stdout: (text) => (out += text), stderr: (text) => (out += text) });
      io.plain(`${HOSTILE}\n\u001b[32mgreen`);
      io.warning("careful");
      expect(out).toBe(`${SHOWN}\n${stepOutputText("\u001b[32mgreen", color)}\n${color ? "\u001b[33mwarning\u001b[39m" : "warning"}: careful\n`);
    }
  });
});
