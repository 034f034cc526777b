// #13: text from outside is escaped for markdown, and the redactor's last pass runs on the
// finished markdown. Escaping first hid secrets from that pass: a token in a FLOW_RESULT message
// reached the job summary's table as `ghp\_…`, unredacted. Every helper redacts before it escapes.
import { describe, expect, it } from "vitest";
import { redactor } from "../../src/redact.js";
import { codeBlock, cutToBytes, htmlText, inlineCode, inlineText } from "../../src/report/markdown.js";

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
