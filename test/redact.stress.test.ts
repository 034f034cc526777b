// Moved from redact.test.ts: the redactor's random cases (600 each).
import { describe, expect, it } from "vitest";
import { Redactor } from "../src/redact.js";
import { makeSecrets, makeText, Rng } from "./runners/line-fuzz.js";

describe("a batch of lines redacted line by line", () => {
  const eachAlone = (redactor: Redactor, text: string): string =>
    text
      .split("\n")
      .map((line) => redactor.redact(line))
      .join("\n");

  it("equals each line redacted alone: patterns, wrapped text in JSON, both finders (600 random cases)", () => {
    const token = "ghp_0123456789abcdefABCDEF0123456789abcd";
    const redactor = new Redactor().add("s3cret-Value_42", "ab".repeat(200));
    // Wrapped at 16 columns with JSON-escaped breaks: the secret's base64 (characters 20 to 40) crosses the one at 32.
    const wrapped = Buffer.from("x-access-token:s3cret-Value_42").toString("base64").match(/.{1,16}/g)!.join("\\n");
    const text = [
      `[f/s] {"details":"${wrapped}"}`,
      `[f/s] https://user:pw@host/?token=abc ${token}`,
      `[f/s] ${"ab".repeat(2_000)} tail`,
      "[f/s] plain",
      "",
      "s3cret-Value_42",
    ].join("\n");
    expect(redactor.redactEachLine(text)).toBe(eachAlone(redactor, text));
    expect(redactor.redactEachLine(text).split("\n")[0]).toBe('[f/s] {"details":"eC1hY2Nlc3MtdG9r\\nZW46***\\n***"}');
    for (let seed = 1; seed <= 600; seed++) {
      const rng = new Rng(seed);
      const secrets = makeSecrets(rng, { maxLength: rng.pick([8, 40, 300]), count: rng.int(1, 8) });
      const sample = makeText(rng, secrets, { length: rng.logInt(1, 4000), filler: 200, patterns: rng.chance(0.3) });
      const index = rng.chance(0.5) ? { forms: 0, chars: 0 } : undefined;
      const each = new Redactor(index ? { indexAbove: index } : {}).add(...secrets);
      expect(each.redactEachLine(sample), `seed ${seed}`).toBe(eachAlone(each, sample));
    }
  });
});

describe("the redactor's automaton", () => {
  const indexed = (...secrets: string[]) => new Redactor({ indexAbove: { forms: 0, chars: 0 } }).add(...secrets);
  const alternation = (...secrets: string[]) => new Redactor({ indexAbove: { forms: Number.POSITIVE_INFINITY, chars: Number.POSITIVE_INFINITY } }).add(...secrets);

  it("finds what the alternation finds: overlaps, prefixes, encodings, multi-byte text (600 random cases)", () => {
    for (let seed = 1; seed <= 600; seed++) {
      const rng = new Rng(seed);
      const secrets = makeSecrets(rng, { maxLength: rng.pick([8, 40, 300]), count: rng.int(1, 8) });
      const text = makeText(rng, secrets, { length: rng.logInt(1, 4000), filler: 200, patterns: rng.chance(0.3) });
      const a = alternation(...secrets);
      const b = indexed(...secrets);
      expect(b.redact(text), `seed ${seed}`).toBe(a.redact(text));
      expect([...b.secretSpans(text)], `seed ${seed}`).toEqual([...a.secretSpans(text)]);
    }
  });
});
