import { describe, expect, it } from "vitest";
import { interleaved } from "../helpers/test-order.js";

// The test files' start order (test/helpers/test-order.ts): files that mostly wait are spread
// among the ones that keep the cores busy, each kind longest first.

const file = (name: string, duration: number, waiting: boolean) => ({ name, duration, waiting });

describe("the test files' start order", () => {
  it("does not start the long waiting files together, as longest first alone did", () => {
    const files = [file("wait-26", 26, true), file("wait-24", 24, true), file("wait-18", 18, true), file("wait-15", 15, true)];
    for (let index = 0; index < 12; index += 1) files.push(file(`busy-${index}`, 10 - index / 2, false));
    const order = interleaved(files).map((entry) => entry.name);
    // The first four files (four workers) hold two busy files at least.
    expect(order.slice(0, 4).filter((name) => name.startsWith("busy")).length).toBeGreaterThanOrEqual(2);
    // Each kind keeps its longest-first order, and every file is there once.
    expect(order.filter((name) => name.startsWith("wait"))).toEqual(["wait-26", "wait-24", "wait-18", "wait-15"]);
    expect(order.filter((name) => name.startsWith("busy"))).toEqual(files.filter((entry) => !entry.waiting).map((entry) => entry.name));
    expect(order).toHaveLength(files.length);
  });

  it("spreads the waiting files by their share of the time, not all at the start or the end", () => {
    // Waiting files hold a third of all the time.
    const files = [...Array.from({ length: 10 }, (_, index) => file(`wait-${index}`, 5, true)), ...Array.from({ length: 20 }, (_, index) => file(`busy-${index}`, 5, false))];
    const order = interleaved(files).map((entry) => entry.name);
    for (const end of [6, 15, 24]) {
      const waiting = order.slice(0, end).filter((name) => name.startsWith("wait")).length;
      expect(Math.abs(waiting - end / 3), `${order.slice(0, end)}`).toBeLessThanOrEqual(1);
    }
  });

  it("keeps the order it is given when no file waits, or every file does", () => {
    const busy = [file("a", 3, false), file("b", 2, false), file("c", 1, false)];
    expect(interleaved(busy)).toEqual(busy);
    const waiting = busy.map((entry) => ({ ...entry, waiting: true }));
    expect(interleaved(waiting)).toEqual(waiting);
  });
});
