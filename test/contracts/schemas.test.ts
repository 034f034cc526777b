import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { FLOW_RESULT_STATUSES, PROCESS_STATUSES } from "../../src/contracts.js";
import { contractSchemas } from "../../src/generated/schemas.js";
import { validateFlow } from "../../src/generated/validators.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function files(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (entry === "node_modules" || entry === "broken") return [];
    if (statSync(path).isDirectory()) return files(path, name);
    return entry === name ? [path] : [];
  });
}

/** Every ```toml block of a markdown file that is a whole flow.toml (it has steps). */
function markdownManifests(path: string): Array<[string, string]> {
  const text = readFileSync(path, "utf8");
  const blocks = [...text.matchAll(/```toml\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
  // A whole manifest: name and version at the top level (before the first table) and steps.
  const whole = (block: string) => {
    const top = block.split(/^\[/m)[0] ?? "";
    return /^name\s*=/m.test(top) && /^version\s*=/m.test(top) && /^\[\[steps\]\]/m.test(block);
  };
  return blocks.filter(whole).map((block, i) => [`${relative(ROOT, path)} block ${i + 1}`, block]);
}

describe("the contract schemas", () => {
  it("src/generated matches what schemas/ compile to (npm run build:schemas was run)", () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, "scripts/build-schemas.mjs"), "--check"], { cwd: ROOT, stdio: "pipe" })).not.toThrow();
  });

  it("each schema file is draft-07, titled, and published under its own file name", () => {
    for (const [file, schema] of Object.entries(contractSchemas)) {
      expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
      expect(schema.$id.endsWith(`/schemas/${file}`)).toBe(true);
      expect(schema.title).toMatch(/^[A-Z]\w+$/);
      expect(JSON.parse(readFileSync(join(ROOT, "schemas", file), "utf8"))).toEqual(schema);
    }
  });

  it("the status constants are exactly the schemas' enums", () => {
    expect([...FLOW_RESULT_STATUSES]).toEqual(contractSchemas["flow-result.schema.json"].definitions.FlowResultStatus.enum);
    expect([...PROCESS_STATUSES]).toEqual(contractSchemas["flow-run-view.schema.json"].definitions.ProcessStatus.enum);
  });

  const manifests: Array<[string, string]> = [
    ...[...files(join(ROOT, "examples"), "flow.toml"), ...files(join(ROOT, "test/fixtures"), "flow.toml")].map(
      (path): [string, string] => [relative(ROOT, path), readFileSync(path, "utf8")],
    ),
    ...markdownManifests(join(ROOT, "README.md")),
    ...readdirSync(join(ROOT, "docs"))
      .filter((name) => name.endsWith(".md"))
      .flatMap((name) => markdownManifests(join(ROOT, "docs", name))),
  ];

  it("finds the examples, the fixture packages and the README's flow.toml", () => {
    const names = manifests.map(([name]) => name);
    expect(names.filter((name) => name.startsWith("examples/")).length).toBeGreaterThanOrEqual(2);
    expect(names.filter((name) => name.startsWith("test/fixtures/")).length).toBeGreaterThanOrEqual(2);
    expect(names.some((name) => name.startsWith("README.md"))).toBe(true);
  });

  it.each(manifests)("%s is valid against schemas/flow.schema.json", (_, text) => {
    const valid = validateFlow(parse(text));
    expect(validateFlow.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  const triggerSnippets = ["README.md", ...readdirSync(join(ROOT, "docs")).map((name) => `docs/${name}`)]
    .filter((name) => name.endsWith(".md"))
    .flatMap((name) =>
      [...readFileSync(join(ROOT, name), "utf8").matchAll(/```toml\n(\[steps\.trigger\]\n[\s\S]*?)```/g)].map((match, i): [string, string] => [`${name} trigger ${i + 1}`, match[1] ?? ""]),
    );

  it.each(triggerSnippets)("%s is a valid [steps.trigger] table", (_, text) => {
    const trigger = (parse(text) as { steps: { trigger: unknown } }).steps.trigger;
    const valid = validateFlow({ name: "x", version: 1, steps: [{ name: "s", runner: "bun", script: "exec/s.ts", trigger }] });
    expect(validateFlow.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("the example packages name the published schema for editors", () => {
    for (const path of files(join(ROOT, "examples"), "flow.toml")) {
      expect(readFileSync(path, "utf8").split("\n")[0]).toBe(`#:schema ${contractSchemas["flow.schema.json"].$id}`);
    }
  });
});

// The watch cursor's hand-written type (src/watch/cursor.ts) and the schema's type must stay one
// shape: each must be assignable to the other (checked by `npm run typecheck`).
type GeneratedCursor = import("../../src/generated/types.js").WatchCursor;
type HandCursor = import("../../src/watch/cursor.js").WatchCursor;
const cursorShapesAgree: [GeneratedCursor, HandCursor] extends [HandCursor, GeneratedCursor] ? true : never = true;
it("the watch cursor's type is the schema's", () => {
  expect(cursorShapesAgree).toBe(true);
});
