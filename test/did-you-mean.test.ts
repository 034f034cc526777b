import { describe, expect, it } from "vitest";
import { closest } from "../src/did-you-mean.js";
import { cpuMsSince } from "./helpers/stalls.js";

// "Did you mean" for commands, options and flow.toml keys (src/did-you-mean.ts).

describe("closest", () => {
  const keys = ["name", "version", "description", "config", "steps", "timeout_ms", "trigger"];

  it("suggests the name meant for a typo, a swap or a case slip, and nothing for a different word", () => {
    expect(closest("descripton", keys)).toBe("description");
    expect(closest("verison", keys)).toBe("version");
    expect(closest("Steps", keys)).toBe("steps");
    expect(closest("timeoutMs", keys)).toBe("timeout_ms");
    expect(closest("banana", keys)).toBeUndefined();
    expect(closest("", keys)).toBeUndefined();
  });

  it("compares a hostile name of a million characters with nothing, at once", () => {
    const cpu = process.cpuUsage();
    expect(closest("n".repeat(1_000_000), keys)).toBeUndefined();
    expect(cpuMsSince(cpu)).toBeLessThan(1_000);
  });
});
