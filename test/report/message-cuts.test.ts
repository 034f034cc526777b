// A message cut by UTF-16 units could end in half a surrogate pair: GitHub showed it as U+FFFD,
// and the API request carried it as an escaped lone surrogate. Every cut of a message falls
// between code points.
import { describe, expect, it } from "vitest";
import { logGroups } from "../../src/action/log-groups.js";
import { runDetails } from "../../src/report/comment-body.js";
import { inlineText } from "../../src/report/markdown.js";
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
