import { describe, expect, it } from "vitest";
import { staleLockTakers } from "./helpers.js";

// The scale version of file-lock.test.ts's takeover race (6 processes, 10 rounds each there).
describe("file store locks at scale", () => {
  it("6 processes that keep finding the same lock left by a dead process and take it over at once lose no write, 40 rounds each", async () => {
    const { results, count } = await staleLockTakers(6, 40);
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(count).toBe(String(6 * 40));
  }, 60_000);
});
