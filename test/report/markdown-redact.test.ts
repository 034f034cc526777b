// #13: text from outside is escaped for markdown, and the redactor's last pass runs on the
// finished markdown. Escaping first hid secrets from that pass: a token in a FLOW_RESULT message
// reached the job summary's table as `ghp\_…`, unredacted. Every helper redacts before it escapes.
import { describe, expect, it } from "vitest";
import { redactor } from "../../src/redact.js";
import { resultsJson } from "../../src/action/outputs.js";
import type { FlowRunView } from "../../src/contracts.js";
import type { DispatchOutcome } from "../../src/engine/dispatch.js";
import { problemAnnotations, runAnnotations } from "../../src/report/checks-annotations.js";
import { boundedCodeBlock, boundOutput, plainText } from "../../src/report/checks-text.js";
import { runDetails } from "../../src/report/comment-body.js";
import { renderExplain } from "../../src/report/explain.js";
import { codeBlock, cutMarkdownToBytes, cutToBytes, htmlText, inlineCode, inlineText } from "../../src/report/markdown.js";
import { renderSummary } from "../../src/report/summary.js";
import { renderText } from "../../src/report/text.js";

const TOKEN = `ghp_${"A1b2C3d4E5f6".repeat(3)}`;
// Registered (the `redact` input), and made of the characters the escapes change.
const REGISTERED = "d3ploy_k*y&<pw>|#";
redactor.add(REGISTERED);

const helpers: Array<[string, (text: string) => string]> = [
  ["inlineText", (text) => inlineText(text)],
  ["inlineText, cut short", (text) => inlineText(text, 30)],
  ["htmlText", htmlText],
  ["inlineCode", inlineCode],
  ["codeBlock", (text) => codeBlock(text)],
  // Budgets that cut through the token: before the fix, its first characters were left.
  ["cutToBytes", (text) => cutToBytes(text, 60, (cut) => `(${cut} bytes cut)`)],
];

describe("markdown helpers redact before they escape or cut", () => {
  for (const [name, helper] of helpers) {
    it(`${name}: no token, no registered secret, not even a part of one`, () => {
      const out = helper(`release notes mention ${TOKEN} and ${REGISTERED} and more text after them`);
      expect(out).toMatch(/(\\\*){3}|\*\*\*/);
      expect(out).not.toMatch(/ghp|A1b2/);
      expect(out).not.toContain("d3ploy");
    });
  }
});

// Cut sites: text cut before it was redacted kept up to 31 characters of a 32-character secret at
// the cut edge (`…mmmbackendSecret0123456789abcdefXY…` as a check-run title), and no later
// redaction matches a part. Each case cuts through the secret at every offset.
const CUT_SECRET = "backendSecret0123456789abcdefXYZ";
redactor.add(CUT_SECRET);

/** Any 6 characters in a row of the secret: what a cut through it would leave. */
function holdsPartOf(text: string, secret = CUT_SECRET): string | undefined {
  for (let at = 0; at + 6 <= secret.length; at++) if (text.includes(secret.slice(at, at + 6))) return secret.slice(at, at + 6);
  return undefined;
}

function cutRun(overrides: Partial<FlowRunView>): FlowRunView {
  return {
    id: "run_cut_sites",
    eventId: "evt",
    flowName: "bindings",
    flowVersion: 1,
    stepName: "regenerate",
    runner: "bun",
    processStatus: "failed",
    resultStatus: "failed",
    effectiveStatus: "failed",
    needsAttention: false,
    attempts: [{ id: "a1", number: 1, status: "failed" }],
    createdAt: "2026-11-26T00:00:00Z",
    updatedAt: "2026-11-26T00:00:01Z",
    durationMs: 1234,
    ...overrides,
  };
}

const OFFSETS = Array.from({ length: CUT_SECRET.length - 1 }, (_, i) => i + 1);

describe("text cut for check runs, comments, the summary and outputs is redacted before the cut", () => {
  const cutSites: Array<[string, (k: number) => string]> = [
    // The secret's first k characters end the kept head.
    ["plainText (check-run title)", (k) => plainText(`${"m".repeat(99 - k)}${CUT_SECRET} after`, 100)],
    ["boundedCodeBlock, head", (k) => boundedCodeBlock(`${"m".repeat(200 - 16 - k)}${CUT_SECRET} after`, { maxBytes: 200, keep: "head" }).block],
    ["runDetails (pull request comment)", (k) => runDetails(cutRun({ resultPayload: { status: "failed", message: `${"m".repeat(100 - k)}${CUT_SECRET} after` } }), 100)],
    [
      "resultsJson, brief views",
      (k) =>
        resultsJson([
          cutRun({ resultPayload: { status: "failed", message: `${"m".repeat(500 - k)}${CUT_SECRET} after`, big: "b".repeat(600_000) } }),
        ]),
    ],
    // The secret's last k characters start the kept tail.
    ["boundedCodeBlock, tail", (k) => boundedCodeBlock(`before ${CUT_SECRET}${"m".repeat(200 - 16 - k)}`, { maxBytes: 200, keep: "tail" }).block],
    ["renderSummary, output tail", (k) => renderSummary(summaryOutcome(cutRun({ output: `before ${CUT_SECRET}${"m".repeat(16 * 1024 - k)}` })))],
  ];
  for (const [name, render] of cutSites) {
    it(`${name}: no part of a registered secret at any cut offset`, () => {
      const leaks = OFFSETS.map((k) => [k, holdsPartOf(render(k))]).filter(([, part]) => part !== undefined);
      expect(leaks).toEqual([]);
    });
  }
});

// The other cuts of outside text in reports, each with the cut point moved across the secret a
// character at a time: all go through one redact-then-cut (src/redact-cut.ts).
describe("every other cut of outside text in reports leaves no part of a secret", () => {
  const SHIFTS = Array.from({ length: CUT_SECRET.length + 24 }, (_, i) => i);
  /** `size` characters of text and the secret after them, so a cut near `size` goes through it. */
  const around = (size: number, shift: number): string => `${"m".repeat(Math.max(0, size - shift))}${CUT_SECRET}${" after".repeat(40)}`;
  const sites: Array<[string, (shift: number) => string]> = [
    ["cutToBytes (summary error and result, handover errors)", (shift) => cutToBytes(around(200, shift), 200, (n) => `… ${n} more bytes cut`)],
    ["cutMarkdownToBytes (a summary section)", (shift) => cutMarkdownToBytes(around(200, shift), 220, (n) => `(${n} bytes cut)`)],
    ["inlineText (table cells)", (shift) => inlineText(around(100, shift), 100)],
    ["boundOutput (check-run summary)", (shift) => boundOutput({ summary: around(65_335, shift) }).summary],
    ["renderText (the terminal line of a run)", (shift) => renderText(summaryOutcome(cutRun({ resultPayload: { status: "failed", message: around(500, shift) } })))],
    [
      "annotation messages",
      (shift) => runAnnotations(cutRun({ resultPayload: { status: "failed", annotations: [{ path: "src/a.ts", message: around(8192 - 40, shift) }] } })).annotations[0]?.message ?? "",
    ],
    [
      "renderExplain (a condition)",
      (shift) =>
        renderExplain({ id: "evt", type: "push", receivedAt: "x", payload: {} }, [
          { flow: "f", step: "s", manifestPath: "/r/flow.toml", matched: false, type: "passed", schemaVerdict: "none", condition: around(120, shift), conditionVerdict: "failed" },
        ]),
    ],
  ];
  for (const [name, render] of sites) {
    it(name, () => {
      const leaks = SHIFTS.map((shift) => [shift, holdsPartOf(render(shift))]).filter(([, part]) => part !== undefined);
      expect(leaks).toEqual([]);
    });
  }
});

// A secret holding `@x`, `<` or `>` was defused (U+200B after `@`, `‹›` for `<>`) before any
// redaction ran, and leaked whole into check-run titles and annotations.
const MAIL_SECRET = "alerts@example.org:hunter2hunter2";
const ANGLE_SECRET = "pw<with>angles99";
redactor.add(MAIL_SECRET, ANGLE_SECRET);

describe("check-run text is redacted before mentions and markup are defused", () => {
  const text = `login ${MAIL_SECRET} then ${ANGLE_SECRET} failed`;
  const expectClean = (out: string) => {
    expect(out).not.toMatch(/hunter2|example\.org|with.angles99/);
    expect(out).toContain("***");
  };

  it("plainText", () => {
    expectClean(plainText(text, 255));
  });

  it("annotations from FLOW_RESULT: message and title", () => {
    const { annotations } = runAnnotations(cutRun({ resultPayload: { status: "failed", annotations: [{ path: "src/a.ts", line: 3, message: text, title: text }] } }));
    expect(annotations).toHaveLength(1);
    expectClean(annotations[0]?.message ?? "");
    expectClean(annotations[0]?.title ?? "");
  });

  it("annotations from flow package problems", () => {
    const [annotation] = problemAnnotations([{ severity: "error", file: "/repo/flows/f/flow.toml", line: 2, message: text }], "/repo");
    expectClean(annotation?.message ?? "");
  });

  // The GitHub client redacts request bodies as they leave; the annotation's path is redacted
  // where it is built too, as its message and title are.
  it("annotation paths, from FLOW_RESULT and from flow package problems", () => {
    const { annotations } = runAnnotations(cutRun({ resultPayload: { status: "failed", annotations: [{ path: `out/${TOKEN}/a.ts`, message: "m" }, { path: `out/${REGISTERED}.ts`, message: "m" }] } }));
    expect(annotations.map((annotation) => annotation.path)).toEqual(["out/***/a.ts", "out/***.ts"]);
    const [problem] = problemAnnotations([{ severity: "error", file: `/repo/flows/${TOKEN}/flow.toml`, line: 2, message: "m" }], "/repo");
    expect(problem?.path).toBe("flows/***/flow.toml");
  });
});

function summaryOutcome(run: FlowRunView): DispatchOutcome {
  return {
    status: "accepted",
    eventId: "evt",
    runIds: [],
    matched: 1,
    event: { id: "evt", type: "release.published", receivedAt: "x", payload: {} },
    runs: [run],
    mismatches: [],
    problems: [],
    shadowed: [],
    children: [],
    dryRun: false,
  };
}
