import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as library from "../../src/index.js";

// TypeScript snippets in the README and docs/ import only what the package exports: the
// library ("flows-action") and the step helper ("flows-action/bun"), never internal paths.

const markdown = ["README.md", ...readdirSync("docs").filter((name) => name.endsWith(".md")).map((name) => join("docs", name))];
const imports = markdown.flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/```(?:ts|typescript|js)\n([\s\S]*?)```/g)].flatMap((block) =>
    [...(block[1] ?? "").matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)"/g)].map((m) => ({
      file,
      specifier: m[3] ?? "",
      names: (m[2] ?? "")
        .split(",")
        .map((name) => name.trim())
        .filter((name) => name && !name.startsWith("type ") && !m[1]),
    })),
  ),
);

describe("documentation snippets", () => {
  it("finds the snippets that import flows-action", () => {
    expect(imports.filter((entry) => entry.specifier === "flows-action").length).toBeGreaterThanOrEqual(3);
  });

  it.each(imports)("$file imports $specifier", ({ specifier, names }) => {
    expect(["flows-action", "flows-action/bun"]).toContain(specifier);
    const surface = specifier === "flows-action/bun" ? ["defineFlow"] : Object.keys(library);
    for (const name of names) expect(surface, `${name} from ${specifier}`).toContain(name.split(/\s+as\s+/)[0]);
  });
});
