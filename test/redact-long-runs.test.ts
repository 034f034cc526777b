// Token-shaped runs of millions of characters: V8 ran the old `[…]{30,}` keeping a backtrack
// entry for each character, and on Node 24 the redactor threw "Maximum call stack size exceeded"
// from 6 million characters on (a text the redactor sees whole: a condition's format() output, an
// event file's field). Measured with Node 24 (v24.21): 4 Mi characters passed, 6 Mi threw.
import { describe, expect, it } from "vitest";
import { REDACTED, Redactor } from "../src/redact.js";
import { inDeepStack } from "./helpers/deep-stack.js";
import { Rng } from "./runners/line-fuzz.js";

const MI = 1024 * 1024;
/** The pattern before the change, to compare with on small texts. */
const OLD_TOKEN_SHAPE = /(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g;

describe("token-shaped runs of millions of characters", () => {
  for (const prefix of ["ghp_", "github_pat_"]) {
    it(`a run of 8 Mi characters after ${prefix} is redacted whole, from deep in the stack`, () => {
      const text = `x ${prefix}${"a".repeat(8 * MI)} y`;
      const redactor = new Redactor();
      const [redacted, holds] = inDeepStack(5_000, () => [redactor.redact(text), redactor.holdsSecret(text)] as const);
      expect(redacted).toBe(`x ${REDACTED} y`);
      expect(holds).toBe(true);
    });
  }

  it("redacts what the old pattern redacted, on small texts of token letters, prefixes and separators", () => {
    const rng = new Rng(24);
    const pieces = ["ghp_", "gho_", "ghx_", "github_pat_", "gh", "_", "a", "Z", "9", " ", "-", "\n", "a".repeat(29), "b".repeat(30)];
    const redactor = new Redactor();
    for (let round = 0; round < 3_000; round++) {
      let text = "";
      const count = rng.int(0, 12);
      for (let i = 0; i < count; i++) text += rng.pick(pieces);
      const expected = text.replace(OLD_TOKEN_SHAPE, REDACTED);
      expect(redactor.redact(text), JSON.stringify(text)).toBe(expected);
    }
  });
});
