import { describe, expect, it } from "vitest";
import { JsonShapeScan, jsonShape } from "../src/json-shape.js";

// The scanner of a text read in pieces (a stored record read a MiB at a time, as bytes) must say
// what it says of the whole text, wherever the pieces are cut.
describe("JsonShapeScan", () => {
  const text = JSON.stringify({ a: ['[{"', "\\", '\\"[[[', "é{ü[\\\\"], b: { c: "}]}" }, d: [[], {}] });
  const limits = { maxDepth: 10, maxContainers: 100 };

  it("counts a text in pieces cut anywhere, as strings or UTF-8 bytes, as it counts the whole", () => {
    const whole = jsonShape(text, limits);
    expect(whole).toEqual({ ok: true, containers: 6 });
    expect(jsonShape(Buffer.from(text, "utf8"), limits)).toEqual(whole);
    const bytes = Buffer.from(text, "utf8");
    for (let cut = 0; cut <= text.length; cut++) {
      const strings = new JsonShapeScan(limits);
      strings.add(text.slice(0, cut));
      strings.add(text.slice(cut));
      expect(strings.shape(), `cut at character ${cut}`).toEqual(whole);
    }
    for (let cut = 0; cut <= bytes.length; cut++) {
      const pieces = new JsonShapeScan(limits);
      pieces.add(bytes.subarray(0, cut));
      pieces.add(bytes.subarray(cut));
      expect(pieces.shape(), `cut at byte ${cut}`).toEqual(whole);
    }
  });

  it("stops at the first limit passed, and reads no further piece", () => {
    const scan = new JsonShapeScan({ maxDepth: 10, maxContainers: 3 });
    expect(scan.add("[[],")).toBe(true);
    expect(scan.add("[],[]]")).toBe(false);
    expect(scan.add("]")).toBe(false);
    expect(scan.shape()).toEqual({ ok: false, exceeded: "containers" });
  });
});
