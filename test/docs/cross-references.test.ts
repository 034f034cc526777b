import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// References by name inside one file (`see **Stray processes** below`, `see "Annotations" above`):
// the part they name exists there, as a bold lead (`**Annotations.**`, `- **Stray processes**`) or
// a heading, and lies where they say.

const files = ["README.md", ...readdirSync("docs").filter((name) => name.endsWith(".md")).map((name) => join("docs", name))];
const references = files.flatMap((file) => {
  const text = readFileSync(file, "utf8").replace(/\s+/g, " ");
  return [...text.matchAll(/[Ss]ee (?:\*\*([^*]+)\*\*|"([^"]+)"|([A-Z][a-z]+)(?= below| above))(?: (below|above))?/g)].map((m) => ({
    file,
    name: m[1] ?? m[2] ?? m[3] ?? "",
    where: m[4],
    at: m.index ?? 0,
    text,
  }));
});

/** Where the part named `name` starts: a bold lead or a heading. */
function targets(text: string, name: string): number[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`(?:^|[ \\n])(?:- )?\\*\\*${escaped}[.:]?\\*\\*|#+ ${escaped}(?: |$)`, "g");
  return [...text.matchAll(pattern)].map((m) => m.index ?? 0);
}

describe("references by name in the README and docs/", () => {
  it("are found", () => {
    expect(references.length).toBeGreaterThanOrEqual(5);
  });

  it.each(references.map(({ file, name, where, at, text }) => ({ label: `${file}: see ${name}${where ? ` ${where}` : ""}`, name, where, at, text })))(
    "$label",
    ({ name, where, at, text }) => {
      const found = targets(text, name);
      expect(found.length, `no **${name}** or heading "${name}"`).toBeGreaterThan(0);
      if (where === "below") expect(found.some((index) => index > at)).toBe(true);
      if (where === "above") expect(found.some((index) => index < at)).toBe(true);
    },
  );
});
