import { appendFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { runnerIO } from "../../src/action/runner.js";
import { StepWrittenSummary } from "../../src/action/summary-steps.js";
import { Redactor } from "../../src/redact.js";
import { closingTags, withoutAlertDefinitions } from "../../src/report/markdown.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";

// Flow steps get GITHUB_STEP_SUMMARY like any workflow step and write to the file the action's
// own summary goes to. A step that wrote 3 MiB there took the job's whole summary with it (GitHub
// drops a step's summary past 1 MiB), and one that left an HTML comment open hid every section
// the action wrote after it.

const LIMIT = 1024 * 1024;
const TOKEN = `ghp_${"Q1w2E3r4T5y6".repeat(3)}`;
const REGISTERED = "summary-deploy-key-4321";

let dir: string;
let summaryPath: string;
let repo: { dir: string; cleanup: () => Promise<void> };
const saved = { ...process.env };
beforeAll(async () => {
  // core.summary keeps the first summary file it opens: one file for the whole test file.
  dir = await mkdtemp(join(tmpdir(), "flows-step-summary-"));
  summaryPath = join(dir, "summary.md");
  process.env.GITHUB_STEP_SUMMARY = summaryPath;
});
afterAll(async () => {
  process.env = { ...saved };
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await writeFile(summaryPath, "");
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  repo = await tempRepo("flows-step-summary-");
});
afterEach(async () => {
  vi.restoreAllMocks();
  await repo.cleanup();
});

/** Runs the action on a push with one step that writes `summary` (JS expression) to $GITHUB_STEP_SUMMARY. */
async function runWithStepWriting(summary: string): Promise<string> {
  const source = `
import { appendFileSync } from "node:fs";
await Bun.stdin.text();
appendFileSync(process.env.GITHUB_STEP_SUMMARY, ${summary});
console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "wrote its own notes" }));
`;
  await writeFlow(repo.dir, { name: "notes", steps: [{ name: "write", trigger: "push", source }] });
  const run = await runInProcess({
    workspace: repo.dir,
    eventName: "push",
    payload: { ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "octo-org/octo-repo" } },
    inputs: { state: "none", checks: "off", comment: "off", redact: REGISTERED },
    env: { GITHUB_STEP_SUMMARY: summaryPath },
    // The runner's own summary writer in place of the fake one: it is what shares the file.
    alterIO: (io) => {
      io.appendSummary = runnerIO().appendSummary;
    },
  });
  expect(run.code, run.stdout).toBe(0);
  return readFile(summaryPath, "utf8");
}

describe("what flow steps write to the job summary", () => {
  it("a step that writes 3 MiB to the summary leaves it under 1 MiB, with the flow results and a note", async () => {
    const summary = await runWithStepWriting(`"a line the step wrote\\n".repeat(150_000)`);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(LIMIT);
    expect(summary.startsWith("a line the step wrote\n")).toBe(true);
    expect(summary).toMatch(/> \d+ bytes the flow steps wrote to the job summary were left out here/);
    expect(summary).toContain("### Flows for");
    expect(summary).toContain("wrote its own notes");
  }, 60_000);

  it("a step that leaves a comment, a code fence and <details> open does not hide the flow results", async () => {
    const summary = await runWithStepWriting(`"## Step notes\\n\\n<details><summary>more</summary>\\n\\n<!-- hidden\\n"`);
    const results = summary.indexOf("### Flows for");
    expect(results).toBeGreaterThan(0);
    // Everything before the results is closed: nothing open carries over into them.
    expect(closingTags(summary.slice(0, results))).toBe("");
    expect(summary.startsWith("## Step notes\n")).toBe(true);
    const fenced = await runWithStepWriting(`"\\n\`\`\`\\nunclosed code"`);
    expect(closingTags(fenced.slice(0, fenced.indexOf("### Flows for")))).toBe("");
    // A raw HTML block (<pre>, <script>, <style>, <textarea>) runs to its end tag: left open, the
    // results after it would be raw text, or removed with the script.
    for (const tag of ["pre", "SCRIPT", "style", "textarea"]) {
      const raw = await runWithStepWriting(`"notes\\n\\n<${tag}>\\nstill open"`);
      // The summary file holds every run of this test so far: this run's part starts at its notes.
      const from = raw.lastIndexOf("notes\n\n<");
      const at = raw.indexOf("### Flows for", from);
      expect(at, tag).toBeGreaterThan(from);
      expect(raw.slice(from, at)).toContain(`</${tag.toLowerCase()}>`);
      expect(closingTags(raw.slice(0, at))).toBe("");
    }
    // A processing instruction, a declaration or CDATA runs to its end (`?>`, `>`, `]]>`) as raw HTML.
    for (const [opening, end] of [["<?php echo 1;", "?>"], ["<!DOCTYPE html", ">"], ["<![CDATA[ x", "]]>"]]) {
      const raw = await runWithStepWriting(`"notes\\n\\n${opening}\\nstill open"`);
      const from = raw.lastIndexOf("notes\n\n<");
      const at = raw.indexOf("### Flows for", from);
      expect(at, opening).toBeGreaterThan(from);
      expect(raw.slice(from, at)).toContain(`still open\n${end}\n`);
      expect(closingTags(raw.slice(0, at))).toBe("");
    }
    expect(closingTags("<?php echo 1; ?>\nx")).toBe("");
    expect(closingTags("<!-- x -->\n<!DOCTYPE html>\nx")).toBe("");
    expect(closingTags("text <?php\nx")).toBe("");
    expect(closingTags("<pre>\nx")).toBe("\n</pre>\n");
    // A comment in a raw block is HTML all the same (in a script too: GitHub shows it as text).
    expect(closingTags("<pre>\n<!-- x\n</pre>\ny")).toBe("\n-->");
    expect(closingTags("<script>\n<!-- x\n</script>")).toBe("\n-->");
    expect(closingTags("<pre><!-- x\nstill")).toBe("\n-->\n</pre>\n");
    expect(closingTags("<pre>\n<!-- x -->\n</pre>")).toBe("");
    expect(closingTags("<pre>x</pre>\ny")).toBe("");
    expect(closingTags("text <pre>\nx")).toBe("");
  }, 60_000);

  it("a step that leaves a link, a quote, a list or a strike-through open does not wrap the flow results in it", async () => {
    // An HTML parser opens a formatting element left open again in each block after it: every
    // heading and paragraph of the results was a link to the step's page, or struck through.
    const summary = await runWithStepWriting(`'<a href="https://phish.example/login">\\n\\n<blockquote>\\n\\n<ul><li><s\\nclass="x">struck'`);
    const from = summary.lastIndexOf('<a href="https://phish.example/login">');
    const results = summary.indexOf("### Flows for", from);
    expect(results).toBeGreaterThan(from);
    expect(summary.slice(from, results)).toContain("</s></li></ul></blockquote></a>");
    expect(closingTags(summary.slice(0, results))).toBe("");
    // Closed already, or only in inline code: an end tag too many is ignored, never harmful.
    expect(closingTags("<a href=x>link</a> and <s>x</S>")).toBe("");
    expect(closingTags("<details><summary>s</summary>\n\n<b>bold")).toBe("\n\n</b>\n\n</details>");
    expect(closingTags("```\n<a href=x>\n```")).toBe("");
    // What hides or reverses what follows: a template's content, the tags after a select, a bdo.
    expect(closingTags('<template>\n\n<select name="x">\n\n<bdo dir="rtl">')).toBe("\n\n</bdo></select></template>");
  }, 60_000);

  it("counts the tags that close what a step left open in its 256 KiB", async () => {
    // 240,000 bytes, under the steps' 256 KiB; closed whole, 480,000 bytes of the job's 1 MiB.
    const summary = await runWithStepWriting(`"<b>\\n".repeat(60_000)`);
    const results = summary.indexOf("### Flows for");
    expect(results).toBeGreaterThan(0);
    expect(Buffer.byteLength(summary.slice(0, results))).toBeLessThanOrEqual(256 * 1024);
    expect(summary.slice(0, results)).toMatch(/> \d+ bytes the flow steps wrote to the job summary were left out here/);
    expect(closingTags(summary.slice(0, results))).toBe("");
  }, 60_000);

  it("a step that writes a token or a registered secret to the summary publishes neither", async () => {
    const summary = await runWithStepWriting(`"token ${TOKEN} and key ${REGISTERED}\\n"`);
    expect(summary).toContain("token *** and key ***");
    expect(summary).not.toContain(TOKEN);
    expect(summary).not.toContain(REGISTERED);
    expect(summary).toContain("### Flows for");
  }, 60_000);

  it("takes in each step text once, between the action's sections, and leaves the action's own sections as they are", async () => {
    const io = runnerIO();
    await appendFile(summaryPath, "first step text\n");
    await io.appendSummary("### Section A <!-- a comment the action closed itself -->", "section A");
    await appendFile(summaryPath, "second step text, no line break");
    await io.appendSummary("### Section B", "section B");
    await io.appendSummary("### Section C", "section C");
    expect(await readFile(summaryPath, "utf8")).toBe(
      "first step text\n\n### Section A <!-- a comment the action closed itself -->\nsecond step text, no line break\n\n### Section B\n### Section C\n",
    );
  });

  // The steps' text is taken in when the action appends a section. A mode that failed after its
  // steps ran appended none, and the file reached GitHub as the steps wrote it: a registered
  // secret in it, which the runner does not know, was published.
  it("a step's secret in the summary is redacted also when the job then fails before its own summary", async () => {
    const source = `
import { appendFileSync } from "node:fs";
await Bun.stdin.text();
appendFileSync(process.env.GITHUB_STEP_SUMMARY, "token ${TOKEN} and key ${REGISTERED}\\n");
console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "wrote its own notes" }));
`;
    await writeFlow(repo.dir, { name: "notes", steps: [{ name: "write", trigger: "push", source }] });
    const run = await runInProcess({
      workspace: repo.dir,
      eventName: "push",
      payload: { ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "octo-org/octo-repo" } },
      // `watch` on a push: the action warns after the step ran, and the warning fails here.
      inputs: { state: "none", checks: "off", comment: "off", redact: REGISTERED, watch: "octo-org/upstream" },
      env: { GITHUB_STEP_SUMMARY: summaryPath },
      alterIO: (io) => {
        const real = runnerIO();
        io.appendSummary = real.appendSummary;
        io.flushSummary = real.flushSummary;
        io.warning = () => {
          throw new Error("the log is gone");
        };
      },
    });
    expect(run.code, run.stdout).toBe(1);
    const summary = await readFile(summaryPath, "utf8");
    expect(summary).not.toContain("### Flows for");
    expect(summary).toContain("token *** and key ***");
    expect(summary).not.toContain(REGISTERED);
  }, 60_000);

  // A link reference definition holds for the whole document, whichever block it stands in:
  // `[!NOTE]: https://…` in a step's text made each of the action's `> [!NOTE]` a link there.
  it("a step's link reference definition of an alert's label stays text (the action's alerts stay alerts), its own alert and links stay as they are", async () => {
    const summary = await runWithStepWriting(
      JSON.stringify(
        [
          "## Step notes",
          "",
          "[!NOTE]: https://example.com/note",
          "",
          "  [!warning]:https://example.com/warning 'title'",
          "",
          "> - [",
          ">   !Caution ]: <https://example.com/caution>",
          "",
          "1. [ !TIP\t]: https://example.com/tip",
          "",
          "> [!IMPORTANT]",
          "> The step's own alert, and a link: [docs](https://example.com/docs)",
          "",
          "[docs]: https://example.com/docs",
          "",
        ].join("\n"),
      ),
    );
    expect(summary).toContain("### Flows for");
    const definitions = summary.split("\n").filter((line) => /\]:/.test(line));
    expect(definitions).toEqual([
      "\\[!NOTE]: https://example.com/note",
      "  \\[!warning]:https://example.com/warning 'title'",
      ">   !Caution ]: <https://example.com/caution>",
      "1. \\[ !TIP\t]: https://example.com/tip",
      "[docs]: https://example.com/docs",
    ]);
    expect(summary).toContain("> - \\[\n>   !Caution ]:");
    expect(summary).toContain("> [!IMPORTANT]\n> The step's own alert");
  }, 60_000);

  it("escapes only definitions of the alerts' labels, wherever a block can start one", () => {
    const cases: Array<[string, string]> = [
      ["[!NOTE]: https://a", "\\[!NOTE]: https://a"],
      ["text\n>> [\n>> \t!note\n>> ]: /a", "text\n>> \\[\n>> \t!note\n>> ]: /a"],
      ["* 2) [!Warning]:\n  https://a", "* 2) \\[!Warning]:\n  https://a"],
      ["> [!NOTE]\n> kept: an alert", "> [!NOTE]\n> kept: an alert"],
      ["[! NOTE]: https://a (another label)", "[! NOTE]: https://a (another label)"],
      ["[!NOTES]: https://a", "[!NOTES]: https://a"],
      ["see [!NOTE]: inside a line", "see [!NOTE]: inside a line"],
      ["[\\!NOTE]: https://a (another label)", "[\\!NOTE]: https://a (another label)"],
    ];
    for (const [text, shown] of cases) expect(withoutAlertDefinitions(text), text).toBe(shown);
    // Hostile text is read once: 50,000 near-misses, each line a definition but for its label.
    const near = "> - [ \t!NOTED]: x\n".repeat(50_000);
    expect(withoutAlertDefinitions(near)).toBe(near);
  });

  // What the steps wrote was read only to the room left for it (and one byte more), then
  // redacted, then cut: a secret that crossed the end of what was read was not whole in it, no
  // redaction matched its start, and the cut (at a whole line before the note) kept that start.
  it("a long secret that crosses the end of the steps' room is redacted before the cut, not read in part", async () => {
    const secret = `eyJhbGciOiJSUzI1NiJ9.${Array.from({ length: 150 }, (_, i) => (i * 7919).toString(36)).join("")}`;
    expect(secret.length).toBeGreaterThan(500);
    const limit = 4096;
    for (const before of [limit - 400, limit - 250, limit - 100, limit - 10]) {
      await writeFile(summaryPath, `${"x".repeat(before)}${secret} and more\nlast line\n`);
      await new StepWrittenSummary(summaryPath, new Redactor().add(secret), limit).takeIn();
      const summary = await readFile(summaryPath, "utf8");
      const parts = Array.from({ length: secret.length - 11 }, (_, at) => secret.slice(at, at + 12));
      expect(parts.filter((part) => summary.includes(part)), `${before}`).toEqual([]);
      // Redacted, the text fits but for the last case, whose one long line is cut before the `***`.
      if (before < limit - 100) expect(summary, `${before}`).toContain("x***");
      // The room, and the blank line that ends the steps' text.
      expect(Buffer.byteLength(summary), `${before}`).toBeLessThanOrEqual(limit + 2);
    }
  });
});
