import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as library from "../../src/index.js";

// Every error class the README or docs/ name (`XxxError`) is one a caller can import from
// flows-action to tell it apart with instanceof; JavaScript's own are not ours to export.
const BUILT_IN = new Set(["Error", "TypeError", "RangeError", "SyntaxError"]);
const docs = ["README.md", ...readdirSync("docs").filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];
const named = [...new Set(docs.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/`([A-Z][A-Za-z]*Error)`/g)].map((match) => match[1]!)))].filter((name) => !BUILT_IN.has(name)).sort();

describe("error classes the docs name", () => {
  it("are found", () => {
    expect(named.length).toBeGreaterThanOrEqual(10);
  });

  it.each(named)("%s is exported by the library as a class", (name) => {
    expect(typeof (library as Record<string, unknown>)[name]).toBe("function");
  });
});

// A function the README or docs/ show called (`name(`) that a module of src/ exports is one a
// caller can import from flows-action: docs/events.md tells producers to compute ids with
// `upstreamReleaseEventId(repo, tag)`. `run()` is the action's entry in src/main.ts, named as such.
const sources = readdirSync("src", { recursive: true, encoding: "utf8" })
  .filter((path) => path.endsWith(".ts") && !path.startsWith("generated"))
  .map((path) => readFileSync(`src/${path}`, "utf8"));
const exportedInSrc = new Set(sources.flatMap((text) => [...text.matchAll(/^export (?:async )?(?:function|const|class) ([A-Za-z_]\w*)/gm)].map((match) => match[1]!)));
const called = [...new Set(docs.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/`([A-Za-z_]\w*)\(/g)].map((match) => match[1]!)))]
  .filter((name) => exportedInSrc.has(name) && name !== "run")
  .sort();

describe("functions the docs show called", () => {
  it("are found", () => {
    expect(called.length).toBeGreaterThanOrEqual(5);
  });

  it.each(called)("%s is exported by the library as a function", (name) => {
    expect(typeof (library as Record<string, unknown>)[name]).toBe("function");
  });
});
