// A message cut by UTF-16 units could end in half a surrogate pair: GitHub showed it as U+FFFD,
// and the API request carried it as an escaped lone surrogate. Every cut of a message falls
// between code points.
import { describe, expect, it } from "vitest";
import { logGroups } from "../../src/action/log-groups.js";
import { runDetails } from "../../src/report/comment-body.js";
import { boundedCodeBlock } from "../../src/report/checks-text.js";
import { cutMarkdownToBytes, cutToBytes, inlineText } from "../../src/report/markdown.js";
import { renderSummary } from "../../src/report/summary.js";
import { renderText } from "../../src/report/text.js";
import { fakeIO } from "../helpers/fake-io.js";
import { outcomeOf, pushEvent, run } from "./github-fixtures.js";

/** Half a surrogate pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// One ASCII character first, so a cut at any even number of UTF-16 units splits an emoji.
const emojiMessage = `x${"😀".repeat(3000)}`;
const emojiRun = run({ resultPayload: { status: "completed", message: emojiMessage } });

describe("message cuts fall between code points", () => {
  it("inlineText (summary and comment table cells)", () => {
    for (const max of [300, 80, 31]) {
      const cell = inlineText(emojiMessage, max);
      expect(cell).not.toMatch(LONE_SURROGATE);
      expect(Array.from(cell)).toHaveLength(max);
    }
  });

  it("runDetails (the pull-request comment and check output)", () => {
    const details = runDetails(emojiRun);
    expect(details).not.toMatch(LONE_SURROGATE);
    expect(details).toContain(`\n… ${3001 - 2000} more characters`);
  });

  it("renderText (the terminal line of a run)", () => {
    const text = renderText(outcomeOf({ ...pushEvent(), id: "evt" }, [emojiRun]));
    expect(text).not.toMatch(LONE_SURROGATE);
    expect(text).toContain(`… (${3001 - 500} more characters: \`flows show\` has the whole message)`);
  });

  it("the step's status line in the log", () => {
    const io = fakeIO();
    const observer = logGroups(io);
    void observer.onStepStart?.(emojiRun);
    void observer.onStepEnd?.(emojiRun);
    const status = io.log.find((line) => line.startsWith("bindings/regenerate: completed — "));
    expect(status).toBeDefined();
    expect(status).not.toMatch(LONE_SURROGATE);
    expect(status).toContain(`… (${3001 - 500} more characters: the job summary`);
  });
});

// A cut between code points could still split what the reader sees as one character: half a
// flag shows another flag's letter, a family loses a member, a thumbs-up its skin tone, a
// letter its accent. Byte budgets (check-run text, the summary's tails, annotations) cut
// between graphemes too.
const UNITS = ["🇫🇷", "👨‍👩‍👧", "👍🏽", "ю\u0301"];

/** A code point of `unit` left over once every whole `unit` is gone: a grapheme was split. */
function splitPart(text: string, unit: string): string | undefined {
  const rest = text.replaceAll(unit, "");
  return Array.from(unit).find((char) => char.charCodeAt(0) > 0x7f && rest.includes(char));
}

describe("byte cuts in reports fall between graphemes", () => {
  const sites: Array<[string, (text: string, shift: number) => string]> = [
    ["boundedCodeBlock, head (check-run error and result)", (text, shift) => boundedCodeBlock(text, { maxBytes: 100 + shift, keep: "head" }).block],
    ["boundedCodeBlock, tail (check-run output)", (text, shift) => boundedCodeBlock(text, { maxBytes: 100 + shift, keep: "tail" }).block],
    ["cutToBytes (annotations, summary error and result)", (text, shift) => cutToBytes(text, 100 + shift, (n) => `(${n} bytes cut)`)],
    ["cutMarkdownToBytes, a line longer than the budget", (text, shift) => cutMarkdownToBytes(text, 100 + shift, (n) => `(${n} bytes cut)`)],
    ["renderSummary, output tail", (text, shift) => renderSummary(outcomeOf({ ...pushEvent(), id: "evt" }, [run({ output: `${"x".repeat(shift)}${text.repeat(200)}` })]))],
  ];
  for (const [name, render] of sites) {
    it(name, () => {
      for (const unit of UNITS) {
        for (let shift = 0; shift < 12; shift++) {
          expect(splitPart(render(unit.repeat(40), shift), unit), `${unit} at ${shift}`).toBeUndefined();
        }
      }
    });
  }
});
