import { describe, expect, it } from "vitest";
import { classifyPush } from "../../src/state/branch-errors.js";

// A push the remote refuses for what it holds drops its record once reported (branch-store.ts,
// refusedForGood); one that failed on the server's side must be tried again instead.
describe("classifyPush", () => {
  it("takes a hook's refusal (GitHub's GH001 among them) as one that pushing again cannot change", () => {
    expect(classifyPush("To origin\n!\trefs/heads/flows-state:refs/heads/flows-state\t[remote rejected] (pre-receive hook declined)\nDone")).toBe("refused");
    expect(classifyPush("remote: error: GH001: Large files detected. You may want to try Git Large File Storage\n ! [remote rejected] flows-state -> flows-state (pre-receive hook declined)")).toBe("refused");
  });

  it("takes the server's own failures as worth another try, not as a refusal of the record", () => {
    for (const reason of ["unpacker error", "n/a (unpacker error)", "failed", "Internal Server Error", "missing necessary objects"]) {
      expect(classifyPush(`!\trefs/heads/flows-state:refs/heads/flows-state\t[remote rejected] (${reason})\nDone`), reason).toBe("other");
    }
  });

  it("takes a hook's refusal whose own words say \"fetch first\" or \"rejected\" as a refusal, not as a moved branch", () => {
    const status = "!\trefs/heads/flows-state:refs/heads/flows-state\t[remote rejected] (pre-receive hook declined)\nDone";
    expect(classifyPush(`remote: [rejected] unsigned commits: please fetch first and sign them\n${status}`)).toBe("refused");
    expect(classifyPush(`remote: stale info: non-fast-forward pushes are not allowed here\n${status}`)).toBe("refused");
  });

  it("still tells a moved branch, a protected one and a denied token apart", () => {
    expect(classifyPush("!\trefs/heads/flows-state:refs/heads/flows-state\t[rejected] (fetch first)")).toBe("retry");
    expect(classifyPush("remote: error: GH006: Protected branch update failed\n ! [remote rejected] flows-state -> flows-state (protected branch hook declined)")).toBe("protected");
    expect(classifyPush("remote: Permission to o/r.git denied to github-actions[bot].\nfatal: unable to access: The requested URL returned error: 403")).toBe("permission");
  });
});
