// A flow.toml written by hand (or for the older runtime) whose flow or step name holds a
// bidirectional control or an invisible character, which `flows new` refuses: the package loads
// and its step runs as before, and every command that loads it warns at the name's file and line,
// the character escaped and the name without it (src/flows/hidden-name.ts).
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { flowsIn, writeEventFile } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeText } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-hidden-names-");
});
afterEach(async () => {
  await repo.cleanup();
});

/** The flow's name holds U+202E as it is; the step's holds U+200B as a TOML escape. */
async function packageWithHiddenNames(): Promise<void> {
  await writeText(join(repo.dir, "flows", "notes", "exec", "summary.ts"), rawStep("completed", "summary written"));
  await writeText(
    join(repo.dir, "flows", "notes", "flow.toml"),
    [
      "# written for the older runtime",
      'name = "notes\u202Egpj.exe"',
      "version = 1",
      "",
      "[[steps]]",
      'name = "pay\\u200Bpal"',
      'runner = "bun"',
      'script = "exec/summary.ts"',
      "",
      "[steps.trigger]",
      'type = "demo"',
      "",
    ].join("\n"),
  );
}

const FLOW_WARNING =
  'The flow\'s name "notes\\u202egpj.exe" holds U+202E, an invisible character which changes the order the name is shown in (the text after it can read reversed). ' +
  'It loads and runs as the older runtime ran it, and summaries, check runs and logs show the character escaped. Rename it "notesgpj.exe" (flows new refuses such names).';
const STEP_WARNING =
  'steps[0].name "pay\\u200bpal" holds U+200B, an invisible character which shows as nothing, so the name looks like one it is not. ' +
  'It runs as the older runtime ran it, and summaries, check runs and logs show the character escaped. Rename it "paypal" (flows new refuses such names).';

function warningLines(text: string): string[] {
  return text.split("\n").filter((line) => line.includes(": warning: ")).map((line) => line.trim());
}

const WARNINGS = [`flows/notes/flow.toml:2:1: warning: ${FLOW_WARNING}`, `flows/notes/flow.toml:6:1: warning: ${STEP_WARNING}`];

describe("a flow.toml name holding a hidden character", () => {
  it("is warned about by flows validate at its file and line, escaped, and the package is valid; the joiners emoji need and a flag are not", async () => {
    await packageWithHiddenNames();
    // A family emoji (joined by U+200D) and the flag of England (tag characters, kept whole).
    const england = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}";
    await writeText(join(repo.dir, "flows", "fam", "exec", "s.ts"), rawStep("completed"));
    await writeText(
      join(repo.dir, "flows", "fam", "flow.toml"),
      `name = "family \u{1F468}\u200D\u{1F469}"\nversion = 1\n\n[[steps]]\nname = "go ${england}"\nrunner = "bun"\nscript = "exec/s.ts"\n`,
    );
    const { code, out, err } = await flowsIn(repo.dir, "validate");
    expect(code, err).toBe(0);
    expect(out).toBe("2 flows, 2 steps: all valid.\n");
    expect(warningLines(err)).toEqual(WARNINGS);
    expect(err).not.toMatch(/[\u202E\u200B]/);
  });

  it("runs its step, which reports, and flows fire and flows list give the same warnings, all of it escaped", async () => {
    await packageWithHiddenNames();
    const event = await writeEventFile(repo.dir, flowEvent("demo", "demo-1"));

    const fired = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none");
    expect(fired.code, fired.err).toBe(0);
    expect(fired.out).toContain("event demo-1 type=demo ran=1\n  ✅ completed  notes\\u202egpj.exe/pay\\u200bpal  ");
    expect(fired.out).toContain("  summary written\n");
    expect(warningLines(fired.out)).toEqual(WARNINGS);
    expect(fired.out + fired.err).not.toMatch(/[\u202E\u200B]/);

    const list = await flowsIn(repo.dir, "list");
    expect(list.code, list.err).toBe(0);
    expect(list.out).toContain("  pay\\u200bpal  [bun] exec/summary.ts  on demo");
    expect(warningLines(list.err)).toEqual(WARNINGS);
  });
});

describe("a flow.toml trigger type holding a hidden character", () => {
  it("is warned about at the type's line, escaped, with the type without it; the step waits for that exact type, as types are compared exactly", async () => {
    await writeText(join(repo.dir, "flows", "notes", "exec", "summary.ts"), rawStep("completed", "summary written"));
    await writeText(
      join(repo.dir, "flows", "notes", "flow.toml"),
      ['name = "notes"', "version = 1", "", "[[steps]]", 'name = "summary"', 'runner = "bun"', 'script = "exec/summary.ts"', "", "[steps.trigger]", 'type = "demo\\u200B"', ""].join("\n"),
    );
    const warning =
      'flows/notes/flow.toml:10:1: warning: steps[0].trigger.type "demo\\u200b" holds U+200B, which does not show where the type is printed as it is. ' +
      'Types are compared exactly, so it matches only events whose type holds the same character (GitHub\'s never do). Write "demo".';
    const validated = await flowsIn(repo.dir, "validate");
    expect(validated.code, validated.err).toBe(0);
    expect(warningLines(validated.err)).toEqual([warning]);

    const event = await writeEventFile(repo.dir, flowEvent("demo", "demo-1"));
    const fired = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none");
    expect(fired.code, fired.err).toBe(0);
    expect(fired.out).toContain("nothing matched");
    expect(warningLines(fired.out + fired.err)).toEqual([warning]);
    expect(fired.out + fired.err).not.toMatch(/\u200B/);
  });
});

describe("flows new with a tag character in the name", () => {
  it("refuses it as it refuses the other hidden characters, showing it escaped as the logs do", async () => {
    const { code, err } = await flowsIn(repo.dir, "new", "deploy\u{E0041}\u{E0042}", "--on", "demo");
    expect(code).toBe(2);
    expect(err).toContain('The flow name "deploy\\u{e0041}\\u{e0042}" holds U+E0041, U+E0042, an invisible character which shows as nothing');
    expect(err).toContain('Type the name without it: "deploy".');
  });
});
