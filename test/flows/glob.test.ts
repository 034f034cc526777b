import { describe, expect, it } from "vitest";
import { globMatches, globToRegExp } from "../../src/flows/glob.js";
import { cpuMsSince } from "../helpers/stalls.js";

describe("globMatches", () => {
  it("takes time linear in the text for any glob: no regex backtracking on hostile payload text", () => {
    // As one regex (`^.*a.*a...b$`), 80 characters took seconds and 160 never ended.
    const cpu = process.cpuUsage();
    expect(globMatches("*a*a*a*a*a*a*a*a*a*a*b", "a".repeat(100_000))).toBe(false);
    expect(globMatches("*bug*fix*", "bug ".repeat(250_000))).toBe(false);
    expect(globMatches("*bug*fix*", `${"bug ".repeat(250_000)}fix`)).toBe(true);
    expect(cpuMsSince(cpu)).toBeLessThan(2_000);
  });

  it("refuses a glob with wildcards over 500 characters, saying the limit; a longer plain text is still compared", () => {
    expect(() => globToRegExp(`*${"x".repeat(500)}`)).toThrow("a glob with wildcards is at most 500 characters; this one has 501");
    expect(() => globMatches(`${"?".repeat(501)}`, "a")).toThrow("at most 500 characters");
    expect(globMatches(`*${"x".repeat(499)}`, "x".repeat(600))).toBe(true);
    expect(globMatches("x".repeat(5_000), "x".repeat(5_000))).toBe(true);
  });

  it("agrees with the glob's anchored regular expression on small texts", () => {
    const globs = ["*", "a*", "*a", "*a*", "a*b", "a*b*c", "?", "a?c", "*?", "?*?", "[ab]*", "*[!a]", "a\\*b", "**a**", "*ab*ab*", "a*a", "[a-c]?*[b]"];
    const alphabet = ["a", "b", "c", "*"];
    const texts = [""];
    for (let length = 1; length <= 5; length++) {
      for (let n = 0; n < alphabet.length ** length; n++) {
        let text = "";
        for (let at = 0, rest = n; at < length; at++, rest = Math.floor(rest / alphabet.length)) text += alphabet[rest % alphabet.length];
        texts.push(text);
      }
    }
    for (const glob of globs) {
      const regex = globToRegExp(glob);
      for (const text of texts) expect(globMatches(glob, text), `${glob} on ${JSON.stringify(text)}`).toBe(regex.test(text));
    }
  });
});
