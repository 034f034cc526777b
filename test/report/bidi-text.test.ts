// Trojan Source (CVE-2021-42574): invisible bidirectional controls in outside text make it read
// differently from what it is. A pull-request title holding U+202E showed the rest of a result
// line reversed in the comment, the summary, the check run and the terminal. Every destination
// now shows each control as a visible escape: `<U+202E>` on GitHub, `\u202e` in logs and the
// terminal. Right-to-left letters stay as they are.
import { describe, expect, it } from "vitest";
import { logLine, logOutputLine, logText, showBidiControls } from "../../src/log-text.js";
import { redactor } from "../../src/redact.js";
import { runAnnotations } from "../../src/report/checks-annotations.js";
import { checkName, stepCheckOutput, stepTitle } from "../../src/report/checks-output.js";
import { boundedCodeBlock, plainText } from "../../src/report/checks-text.js";
import { commentMarker, renderComment } from "../../src/report/comment-body.js";
import { codeBlock, htmlText, inlineCode, inlineText } from "../../src/report/markdown.js";
import { renderSummary } from "../../src/report/summary.js";
import { renderText } from "../../src/report/text.js";
import { stepOutputText, terminalLines, terminalSafe, terminalText } from "../../src/terminal-text.js";
import { ended, outcomeOf, pushEvent, run } from "./github-fixtures.js";

/** The twelve: embeddings and overrides, isolates, and the three marks. */
const CONTROLS = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"];
const RAW = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const ALL = CONTROLS.join("");
/** On GitHub: `<U+202E>` (escaped `&lt;U+202E&gt;` where markdown text would take `<` as HTML). */
const SHOWN_ON_GITHUB = /<U\+202E>|&lt;U\+202E&gt;/;

const githubText: Array<[string, (text: string) => string]> = [
  ["inlineText (table cells, sentences)", (text) => inlineText(text)],
  ["inlineCode", inlineCode],
  ["codeBlock (messages, errors, output)", (text) => codeBlock(text)],
  ["htmlText (<summary> titles)", htmlText],
  ["plainText (check-run names and titles)", (text) => plainText(text, 255)],
  ["boundedCodeBlock (check-run output)", (text) => boundedCodeBlock(text, { maxBytes: 4096, keep: "tail" }).block],
];
const terminalAndLog: Array<[string, (text: string) => string]> = [
  ["logText (log lines)", logText],
  ["terminalText", terminalText],
  ["terminalLines", terminalLines],
  ["stepOutputText, colour on", (text) => stepOutputText(`\u001b[31m${text}`, true)],
  ["stepOutputText, colour off", (text) => stepOutputText(text, false)],
  ["terminalSafe (the CLI's last guard)", terminalSafe],
];

describe("bidirectional controls are shown, not obeyed", () => {
  for (const [name, render] of githubText) {
    it(`${name}: each of the twelve as <U+…>, none left raw`, () => {
      const shown = render(`approved ${ALL} by bot`);
      expect(shown).not.toMatch(RAW);
      for (const control of CONTROLS) {
        const code = control.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
        expect(shown).toMatch(new RegExp(`<U\\+${code}>|&lt;U\\+${code}&gt;|‹U\\+${code}›`));
      }
    });
  }
  for (const [name, render] of terminalAndLog) {
    it(`${name}: each of the twelve as \\u…, none left raw`, () => {
      const shown = render(`approved ${ALL} by bot`);
      expect(shown).not.toMatch(RAW);
      expect(shown).toContain("\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c");
    });
  }

  it("leaves right-to-left letters as they are: Arabic and Hebrew text reads the same", () => {
    const text = "مرحبا بالعالم — שלום עולם";
    for (const [, render] of [...githubText.slice(0, 5), ...terminalAndLog.slice(0, 3)]) expect(render(text)).toContain(text);
  });

  it("a pull-request title that reverses a result line shows the override in the summary, the comment and the check run", () => {
    // Read as "Tests passed" once rendered: the override reverses what follows it.
    const title = "Tests \u202Edeliaf\u202C on main";
    const failing = ended("failed", { resultPayload: { status: "failed", message: `PR ${title}: 3 failures` }, output: `checking ${title}\n` });
    const outcome = outcomeOf(pushEvent(), [failing]);
    const output = stepCheckOutput(failing, { links: {} });
    const places: Array<[string, string]> = [
      ["job summary", renderSummary(outcome)],
      ["pull request comment", renderComment({ outcome, marker: commentMarker("push"), links: {} })],
      ["check run title", stepTitle(failing)],
      ["check run summary", output.summary],
      ["check run text", output.text ?? ""],
      ["terminal", renderText(outcome)],
    ];
    for (const [place, text] of places) {
      expect(text, place).not.toMatch(RAW);
      expect(text, place).toMatch(place === "terminal" ? /\\u202e/ : SHOWN_ON_GITHUB);
    }
  });

  it("annotations and check names show them too", () => {
    const annotated = run({
      stepName: "lint\u202E",
      resultPayload: { status: "failed", annotations: [{ path: "src/a.ts", line: 1, message: `bad ${ALL}`, title: `t ${ALL}` }] },
    });
    const [annotation] = runAnnotations(annotated).annotations;
    expect(annotation?.message).not.toMatch(RAW);
    expect(annotation?.title).not.toMatch(RAW);
    expect(annotation?.message).toContain("<U+202E>");
    expect(checkName(annotated)).toMatch(/^flows: bindings\/lint<U\+202E> #[0-9a-f]{8}$/);
  });

  it("an annotation whose path holds a hidden character is left out as malformed: GitHub shows the path as it is", () => {
    for (const char of [...CONTROLS, "\u200B", "\uFEFF"]) {
      const annotated = run({ resultPayload: { status: "failed", annotations: [{ path: `src/${char}gnp.ts`, line: 1, message: "look here" }] } });
      expect(runAnnotations(annotated), JSON.stringify(char)).toEqual({ annotations: [], malformed: 1 });
    }
  });

  it("counts the shown form in a byte or character budget: a wall of overrides stays within it and is not dropped", () => {
    const wall = "\u202E".repeat(64 * 1024);
    const { block, cutBytes } = boundedCodeBlock(wall, { maxBytes: 8 * 1024, keep: "head" });
    expect(Buffer.byteLength(block)).toBeLessThanOrEqual(8 * 1024);
    expect(block).toContain("<U+202E><U+202E>");
    expect(cutBytes).toBeGreaterThan(0);
    const title = plainText(`x${wall}`, 255);
    expect(Array.from(title).length).toBeLessThanOrEqual(255);
    expect(title).not.toMatch(RAW);
  });
});

describe("invisible format characters are shown, not hidden", () => {
  // `pay\u200bpal` looked like `paypal` everywhere; U+FFF9–U+FFFB hide the text between them.
  const HIDDEN = ["\u200B", "\u2060", "\u2061", "\u2064", "\u206A", "\u206F", "\uFEFF", "\u180E", "\uFFF9", "\uFFFA", "\uFFFB"];
  const RAW_HIDDEN = /[\u200B\u2060-\u2064\u206A-\u206F\uFEFF\u180E\uFFF9-\uFFFB]/;
  for (const [name, render] of githubText) {
    it(`${name}: each as <U+…>`, () => {
      const shown = render(`pay${HIDDEN.join("")}pal`);
      for (const char of HIDDEN) {
        const code = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
        expect(shown).toMatch(new RegExp(`<U\\+${code}>|&lt;U\\+${code}&gt;|‹U\\+${code}›`));
      }
    });
  }
  for (const [name, render] of terminalAndLog.filter(([name]) => !name.startsWith("terminalSafe"))) {
    it(`${name}: each as \\u…, none left raw`, () => {
      const shown = render(`pay${HIDDEN.join("")}pal`);
      expect(shown).not.toMatch(RAW_HIDDEN);
      expect(shown).toContain("\\u200b\\u2060\\u2061\\u2064\\u206a\\u206f\\ufeff\\u180e\\ufff9\\ufffa\\ufffb");
    });
  }

  it("keeps the zero-width space that breaks a mention hidden, and the joiners of an emoji", () => {
    expect(inlineText("@octocat 👩‍💻")).toBe("@\u200boctocat 👩‍💻");
    expect(htmlText("@octocat")).toBe("@\u200boctocat");
    expect(plainText("@octo\u200bcat", 255)).toBe("@\u200bocto<U+200B>cat");
    const annotated = run({ resultPayload: { status: "failed", annotations: [{ path: "src/a.ts", line: 1, message: "ask @octocat" }] } });
    expect(runAnnotations(annotated).annotations[0]?.message).toBe("ask @\u200boctocat");
    expect(terminalText("👩‍💻")).toBe("👩‍💻");
  });
});

describe("tag characters and the soft hyphen are shown, not hidden", () => {
  // U+E0000–U+E007F are invisible: `deploy` followed by tags spelling "ignore previous
  // instructions" looked like `deploy` to a reader, not to a program reading the comment.
  const smuggled = (text: string) => [...text].map((char) => String.fromCodePoint(0xe0000 + char.charCodeAt(0))).join("");
  const TAGS = `\u{E0001}${smuggled("ok")}\u{E007F}`;
  const RAW_TAG = /\udb40[\udc00-\udc7f]/;
  const ENGLAND = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}";
  for (const [name, render] of githubText) {
    it(`${name}: each tag as <U+E00…>, the soft hyphen as <U+00AD>, a subdivision flag kept whole`, () => {
      const shown = render(`deploy${TAGS} pay\u00adpal ${ENGLAND}`);
      expect(shown).not.toMatch(/\u00ad/);
      for (const code of ["E0001", "E006F", "E006B", "E007F", "00AD"]) {
        expect(shown).toMatch(new RegExp(`<U\\+${code}>|&lt;U\\+${code}&gt;|‹U\\+${code}›`));
      }
      expect(shown.replace(ENGLAND, "")).not.toMatch(RAW_TAG);
      expect(shown).toContain(ENGLAND);
    });
  }

  // The job log too (and the annotations the runner makes of a step's output), in the same
  // forms as the other hidden characters there: `\u{e006f}` in a log line, `<U+E006F>` on GitHub.
  const logs: Array<[string, (text: string) => string, (code: string) => string]> = [
    ["logText (log lines)", logText, (code) => `\\u{${code.toLowerCase()}}`],
    ["logLine (whole log lines)", logLine, (code) => `\\u{${code.toLowerCase()}}`],
    ["logOutputLine (a step's output in the log)", logOutputLine, (code) => `\\u{${code.toLowerCase()}}`],
    ["showBidiControls (annotations from the log)", showBidiControls, (code) => `<U+${code}>`],
  ];
  for (const [name, render, form] of logs) {
    it(`${name}: each tag shown, a subdivision flag kept whole`, () => {
      const shown = render(`deploy${TAGS} ${ENGLAND}`);
      expect(shown.replace(ENGLAND, "")).not.toMatch(RAW_TAG);
      expect(shown).toBe(`deploy${["E0001", "E006F", "E006B", "E007F"].map(form).join("")} ${ENGLAND}`);
    });
  }

  it("in the comment, the summary and the check run of a step whose name smuggles tags", () => {
    const view = ended("failed", { stepName: `deploy${TAGS}`, resultPayload: { status: "failed", message: `done${TAGS}` } });
    const outcome = outcomeOf(pushEvent(), [view]);
    const texts = [
      renderSummary(outcome),
      renderComment({ outcome, marker: commentMarker("push"), links: {} }),
      stepCheckOutput(view, { links: {} }).summary,
      stepTitle(view),
      checkName(view),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(RAW_TAG);
      expect(text).toMatch(/<U\+E006F>|&lt;U\+E006F&gt;/);
    }
  });

  it("an annotation whose path holds a tag or a soft hyphen is left out as malformed; a flag (tag characters after U+1F3F4) is an emoji, kept as names keep it", () => {
    const england = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}";
    const annotated = run({
      resultPayload: {
        status: "failed",
        annotations: [
          { path: `src/a${TAGS}.ts`, message: "m" },
          { path: "src/pay\u00adpal.ts", message: "m" },
          { path: "src/ok.ts", message: "m" },
          { path: `docs/${england}.md`, message: "m" },
        ],
      },
    });
    const { annotations, malformed } = runAnnotations(annotated);
    expect(annotations.map((each) => each.path)).toEqual(["src/ok.ts", `docs/${england}.md`]);
    expect(malformed).toBe(2);
  });
});

describe("C1 controls are shown, not dropped", () => {
  // GitHub shows none of U+0080–U+009F: an event id `a`, U+0085, `b` read as `ab` in the summary.
  const C1 = ["\u0080", "\u0085", "\u008D", "\u009B", "\u009F"];
  for (const [name, render] of githubText) {
    it(`${name}: each as <U+…>, none left raw`, () => {
      const shown = render(`a${C1.join("")}b`);
      expect(shown).not.toMatch(/[\u0080-\u009f]/);
      for (const char of C1) {
        const code = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
        expect(shown).toMatch(new RegExp(`<U\\+${code}>|&lt;U\\+${code}&gt;|‹U\\+${code}›`));
      }
    });
  }

  it("an event id holding U+0085 shows it in the summary, the comment and the check run, and as \\u0085 in the terminal", () => {
    const event = { ...pushEvent(), id: "manual:a\u0085b" };
    const failing = { ...ended("failed"), eventId: event.id };
    const outcome = outcomeOf(event, [failing]);
    const output = stepCheckOutput(failing, { links: {} });
    const places: Array<[string, string]> = [
      ["job summary", renderSummary(outcome)],
      ["pull request comment", renderComment({ outcome, marker: commentMarker("push"), links: {} })],
      ["check run summary", output.summary],
    ];
    for (const [place, text] of places) {
      expect(text, place).not.toContain("\u0085");
      expect(text, place).toContain("`manual:a<U+0085>b`");
    }
    expect(renderText(outcome)).toContain("manual:a\\u0085b");
  });
});

describe("C0 controls and DEL are shown, not dropped", () => {
  // GitHub drops or mangles U+0000–U+001F but tab and the line breaks, and DEL: an event id `a`,
  // U+0001, `b` read as `ab`.
  const C0 = ["\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u000E", "\u001B", "\u001F", "\u007F"];
  const RAW_C0 = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
  const shownAs = (char: string): RegExp => {
    const code = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return new RegExp(`<U\\+${code}>|&lt;U\\+${code}&gt;|‹U\\+${code}›`);
  };
  for (const [name, render] of githubText) {
    it(`${name}: each as <U+…>, none left raw`, () => {
      const shown = render(`a${C0.join("")}b`);
      expect(shown).not.toMatch(RAW_C0);
      for (const char of C0) expect(shown, JSON.stringify(char)).toMatch(shownAs(char));
    });
    it(`${name}: one at either end is shown, not trimmed away`, () => {
      for (const char of ["\u000B", "\u000C", "\u0001", "\uFEFF"]) {
        const shown = render(`${char}id${char}`);
        expect(shown.match(new RegExp(shownAs(char).source, "g")), JSON.stringify(char)).toHaveLength(2);
      }
    });
  }

  it("a code block keeps tabs and line breaks, and removes colour sequences but shows every other escape sequence", () => {
    const output = "\u001b[31mFAIL\u001b[0m\tsrc/a.test.ts\r\n\u001b[1;32m✓\u001b[39;22m two\n\u001b[2Kprogress\u001b]0;title\u0007\n";
    for (const block of [codeBlock(output), boundedCodeBlock(output, { maxBytes: 4096, keep: "tail" }).block]) {
      expect(block).toBe("```\nFAIL\tsrc/a.test.ts\r\n✓ two\n<U+001B>[2Kprogress<U+001B>]0;title<U+0007>\n```");
    }
  });

  it("a colour sequence inside a secret does not hide it from redaction", () => {
    redactor.add("s3cr3t-value-123");
    for (const text of [codeBlock("token s3cr3t\u001b[0m-value-123"), boundedCodeBlock("s3cr3t\u001b[31m-value-123", { maxBytes: 4096, keep: "head" }).block]) {
      expect(text).not.toContain("s3cr3t");
    }
  });

  it("annotation messages show them instead of dropping them, and keep their line breaks", () => {
    const annotated = run({ resultPayload: { status: "failed", annotations: [{ path: "src/a.ts", line: 1, message: "a\u0001b\n\tc\u001b[31md" }] } });
    expect(runAnnotations(annotated).annotations[0]?.message).toBe("a<U+0001>b\n\tcd");
  });

  it("an event id holding U+0001 shows it in the summary, the comment and the check run, and as \\u0001 in the terminal", () => {
    const event = { ...pushEvent(), id: "manual:a\u0001b" };
    const failing = { ...ended("failed"), eventId: event.id, stepName: "lint\u0001" };
    const outcome = outcomeOf(event, [failing]);
    const output = stepCheckOutput(failing, { links: {} });
    const places: Array<[string, string]> = [
      ["job summary", renderSummary(outcome)],
      ["pull request comment", renderComment({ outcome, marker: commentMarker("push"), links: {} })],
      ["check run summary", output.summary],
    ];
    for (const [place, text] of places) {
      expect(text, place).not.toMatch(RAW_C0);
      expect(text, place).toContain("`manual:a<U+0001>b`");
    }
    expect(checkName(failing)).toContain("lint<U+0001>");
    expect(renderText(outcome)).toContain("manual:a\\u0001b");
  });
});
