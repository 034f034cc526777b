import { describe, expect, it } from "vitest";
import { redactorFor } from "../../src/state/git.js";

// What git prints (remote URLs, fatal messages) passes through redactorFor before it reaches a
// log, a summary or an error: the remote's own secret and the process-wide rules.
describe("redactorFor", () => {
  it("hides a token given as the password, raw and decoded, wherever git quotes it", () => {
    const token = "ghs_abc%2Fdef1234567890";
    const redact = redactorFor(`https://x-access-token:${token}@github.com/o/r.git`);
    const text = `fatal: unable to access 'https://x-access-token:${token}@github.com/o/r.git/': ${token} ghs_abc/def1234567890`;
    const clean = redact(text);
    expect(clean).not.toContain("abc%2Fdef");
    expect(clean).not.toContain("abc/def");
    expect(clean).toContain("https://***@github.com/o/r.git/");
  });

  it("hides a token given as the user name, and extra secrets such as the store's token", () => {
    const redact = redactorFor("https://tok3n-value-123@example.com/r.git", ["another-secret-value"]);
    expect(redact("tok3n-value-123 and another-secret-value")).toBe("*** and ***");
  });

  it("keeps short user names and paths readable", () => {
    expect(redactorFor("ssh://git@example.com/r.git")("ssh://git@example.com/r.git says git")).toBe("ssh://***@example.com/r.git says git");
    expect(redactorFor("/srv/state.git")("cannot lock /srv/state.git")).toBe("cannot lock /srv/state.git");
    expect(redactorFor("git@example.com:o/r.git")("Permission denied for git@example.com:o/r.git")).toBe("Permission denied for git@example.com:o/r.git");
  });
});
