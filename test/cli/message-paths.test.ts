// Paths inside flow-package messages are written as the prefix is: relative to the repository
// root (`flows/a/flow.toml:7:1: ... looked for flows/a/exec/missing.ts`), on every command,
// never the absolute path of the runner's or the user's checkout.
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { relativeInMessage } from "../../src/flows/diagnostics.js";
import { flowsIn, writeEventFile } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-message-paths-");
});
afterEach(async () => {
  await repo.cleanup();
});

/** A package whose script is missing, one shadowed by an installed copy, a schema $ref to a bad schema, a schema that is not JSON. */
async function writeMistakes(): Promise<void> {
  await writeFlow(repo.dir, { name: "twin", root: ".codex/flows", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
  await writeFlow(repo.dir, { name: "twin", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
  await writeText(join(repo.dir, "flows", "gone", "flow.toml"), 'name = "gone"\nversion = 1\n\n[[steps]]\nname = "s"\nrunner = "bun"\nscript = "exec/missing.ts"\n');
  await writeFlow(repo.dir, { name: "refs", steps: [{ name: "s", trigger: "push", source: rawStep("completed"), schema: { $ref: "other.json" } }] });
  await writeText(join(repo.dir, "flows", "refs", "schemas", "other.json"), '{"type": 5}');
  await writeFlow(repo.dir, { name: "notjson", steps: [{ name: "s", trigger: "push", source: rawStep("completed"), schema: {} }] });
  await writeText(join(repo.dir, "flows", "notjson", "schemas", "s.schema.json"), "{,}");
}

describe("paths in flow-package messages are relative to the repository, as the file prefix is", () => {
  it("flows validate", async () => {
    await writeMistakes();
    const { code, err } = await flowsIn(repo.dir, "validate");
    expect(code).toBe(1);
    expect(err).toContain("flows/gone/flow.toml:7:1: error: steps[0].script \"exec/missing.ts\" does not exist (looked for flows/gone/exec/missing.ts)");
    expect(err).toContain('flows/twin/flow.toml:1:1: warning: flow "twin" is also defined by .codex/flows/twin/flow.toml, which was found first, so flows/twin/flow.toml is ignored.');
    expect(err).toMatch(/^flows\/refs\/schemas\/other\.json:1:\d+: error: schema is invalid: .*\(referenced by a \$ref in flows\/refs\/schemas\/s\.schema\.json\)/m);
    expect(err).toMatch(/^flows\/notjson\/schemas\/s\.schema\.json:1:\d+: error: schema is not valid JSON: .*\(referenced by steps\[0\]\.trigger\.schema in flows\/notjson\/flow\.toml\)/m);
    expect(err).not.toContain(repo.dir);
  });

  it("flows list", async () => {
    await writeMistakes();
    const { err } = await flowsIn(repo.dir, "list");
    expect(err).toContain("(looked for flows/gone/exec/missing.ts)");
    expect(err).toContain("is also defined by .codex/flows/twin/flow.toml, which was found first, so flows/twin/flow.toml is ignored.");
    expect(err).not.toContain(repo.dir);
  });

  it("flows fire", async () => {
    await writeMistakes();
    const event = await writeEventFile(repo.dir, { id: "e1", type: "push", payload: {} });
    const { out, err } = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none");
    const all = out + err;
    expect(all).toContain("(looked for flows/gone/exec/missing.ts)");
    expect(all).toContain("is also defined by .codex/flows/twin/flow.toml, which was found first, so flows/twin/flow.toml is ignored.");
    expect(all).toMatch(/\(referenced by a \$ref in flows\/refs\/schemas\/s\.schema\.json\)/);
    expect(all).not.toContain(`${repo.dir}/flows`);
  });
});

describe("relativeInMessage", () => {
  it("shortens paths the message puts in, not values quoted from the user or paths outside the repository", () => {
    expect(relativeInMessage("looked for /w/repo/flows/a/x.ts; in /w/repo/flows/a/flow.toml", "/w/repo")).toBe("looked for flows/a/x.ts; in flows/a/flow.toml");
    expect(relativeInMessage("(referenced by a $ref in /w/repo/s.json)", "/w/repo")).toBe("(referenced by a $ref in s.json)");
    expect(relativeInMessage('script is "/w/repo/x.ts", an absolute path', "/w/repo")).toBe('script is "/w/repo/x.ts", an absolute path');
    expect(relativeInMessage("outside the repository (/w/repo), at /w/repo-2/x and /w/other", "/w/repo")).toBe("outside the repository (/w/repo), at /w/repo-2/x and /w/other");
    expect(relativeInMessage("/w/repo/a at the start", "/w/repo/")).toBe("a at the start");
    expect(relativeInMessage("at /x/y", "/")).toBe("at /x/y");
    expect(relativeInMessage("no base given /w/repo/a", undefined)).toBe("no base given /w/repo/a");
  });
});

describe("a flow.toml with no [[steps]]", () => {
  it("is reported at line 1, as other missing keys of the top table are, saying what to add and where", async () => {
    await writeText(join(repo.dir, "flows", "bare", "flow.toml"), 'name = "bare"\nversion = 1\n');
    const { code, err } = await flowsIn(repo.dir, "validate");
    expect(code).toBe(1);
    expect(err).toContain(
      'flows/bare/flow.toml:1:1: error: steps is missing; expected at least one [[steps]] section. Add a [[steps]] section at the end of flow.toml: a line [[steps]], then the lines name = "build", runner = "bun" and script = "exec/build.ts" (its path in the package).',
    );
  });
});
