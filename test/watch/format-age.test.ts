import { describe, expect, it } from "vitest";
import { formatAge } from "../../src/watch/status.js";

describe("formatAge (flows watch --status)", () => {
  it.each([
    [0, "0s"],
    [0.4, "0s"],
    [45, "45s"],
    [60, "1m"],
    [61, "1m 1s"],
    [3 * 3600 + 20 * 60 + 5, "3h 20m"],
    // The unit below the largest, never one further down: 23 hours and 1 second is not `23h 1s`.
    [23 * 3600 + 1, "23h"],
    [23 * 3600 + 60, "23h 1m"],
    [2 * 86_400 + 4 * 3600, "2d 4h"],
    [86_400 + 59, "1d"],
    [-5, "0s"],
  ])("%s s → %s", (seconds, text) => {
    expect(formatAge(seconds)).toBe(text);
  });
});
