// A network error whose code or message holds millions of `_A` after `EAAA`: the regex that names
// the error code kept a backtrack entry per `_` part, and on Node 24 turning the failed request
// into a sentence threw "Maximum call stack size exceeded" from some 4 Mi of them.
import { describe, expect, it } from "vitest";
import { releasesError } from "../../src/github/release-errors.js";
import { inDeepStack } from "../helpers/deep-stack.js";
import { Rng } from "../runners/line-fuzz.js";

const MI = 1024 * 1024;

/** A request that got no answer: what fetch throws, with the system error as its cause. */
function unanswered(cause: { code?: string; message?: string }, message = "fetch failed"): Error {
  return new TypeError(message, { cause: Object.assign(new Error(cause.message ?? ""), cause) });
}

/** The code the old regex named, said as releasesError says it: the reference for normal text. */
function oldCode(text: string): string | undefined {
  return /\b(E[A-Z]{3,}(?:_[A-Z]+)*)\b/.exec(text)?.[1];
}

describe("a network error with an error code of millions of characters", () => {
  it("`EAAA` and 8 Mi of `_A` as the code, or in the message, is named, from deep in the stack", () => {
    const code = `EAAA${"_A".repeat(8 * MI)}`;
    const fromCode = inDeepStack(5_000, () => releasesError("a/one", unanswered({ code })));
    expect(fromCode.unreachable).toBe(true);
    expect(fromCode.message).toContain(`the connection failed (${code})`);
    const fromMessage = inDeepStack(5_000, () => releasesError("a/one", unanswered({ message: `connect ${code}_` })));
    expect(fromMessage.message).toContain("the request failed (fetch failed)");
  });

  it("names what the old regex named in thousands of random and edge-case messages", () => {
    const texts = ["connect ECONNREFUSED 127.0.0.1:1", "getaddrinfo EAI_AGAIN api.github.com", "EAI__AGAIN EPIPE", "EAAA_ ETIMEDOUT", "xEAAAA EAA_A", "EAAAa EBBB_C1 ECCC_D"];
    const rng = new Rng(132);
    const random = (): number => rng.next();
    const pieces = ["E", "E", "A", "B", "_", "_", " ", "a", "1", ".", "EAI", "CONN", "-"];
    for (let count = 0; count < 5_000; count += 1) {
      let text = "";
      const length = Math.floor(random() * 16);
      for (let piece = 0; piece < length; piece += 1) text += pieces[Math.floor(random() * pieces.length)];
      texts.push(text);
    }
    let named = 0;
    for (const text of texts) {
      const said = releasesError("a/one", unanswered({ message: text })).message;
      const code = oldCode(`fetch failed ${text}`);
      if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ECONNREFUSED") expect(said, text).not.toContain("the connection failed (");
      else if (code) expect(said, text).toContain(`the connection failed (${code})`);
      else expect(said, text).toContain("the request failed (fetch failed)");
      if (code) named += 1;
    }
    expect(named).toBeGreaterThan(300);
  });
});
