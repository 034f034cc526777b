import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EVENT_CASES, PACKAGE_CASES } from "../hostile/corpus.js";

// docs/hostile-input.md's corpus table lists "every case" of test/hostile/corpus.ts: each case is
// a row with its area, input and outcome, and each row is a case the corpus (or its stress test) runs.

const doc = readFileSync("docs/hostile-input.md", "utf8");
const stress = readFileSync("test/hostile/corpus.stress.test.ts", "utf8");
const rows = [...doc.matchAll(/^\| (\d+) \| ([^|]+) \| `([^`]+)` \| (.*?) \| (.*) \|$/gm)].map((m) => ({
  number: Number(m[1]),
  area: (m[2] ?? "").trim(),
  id: m[3] ?? "",
  input: (m[4] ?? "").trim().replaceAll("\\|", "|"),
  outcome: (m[5] ?? "").trim().replaceAll("\\|", "|"),
}));
const cases = [...PACKAGE_CASES, ...EVENT_CASES];

describe("the corpus table of docs/hostile-input.md", () => {
  it("is found, numbered 1, 2, 3, ...", () => {
    expect(rows.length).toBeGreaterThanOrEqual(50);
    expect(rows.map((row) => row.number)).toEqual(rows.map((_, index) => index + 1));
  });

  it.each(cases.map((item) => [item.id, item] as const))("lists %s with its area, input and outcome", (id, item) => {
    const row = rows.find((each) => each.id === id);
    expect(row, `no row for ${id}`).toBeDefined();
    expect({ area: row?.area, input: row?.input, outcome: row?.outcome }).toEqual({ area: item.area, input: item.title, outcome: item.outcome });
  });

  // A row that is no case of corpus.ts names a test of corpus.stress.test.ts (`next-fan-out`: "caps a next fan-out ...").
  it("lists no case the corpus does not run", () => {
    const unknown = rows.filter((row) => !cases.some((item) => item.id === row.id) && !new RegExp(row.id.split("-").join("[ -]")).test(stress));
    expect(unknown.map((row) => row.id)).toEqual([]);
  });
});
