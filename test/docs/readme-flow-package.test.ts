import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typeCheckStep } from "../helpers/type-check-step.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";
import { main } from "../../src/cli/main.js";
import { cliTestEnv } from "../helpers/cli.js";

// The README's "flow package in five minutes", copied verbatim: every file it shows, then the
// commands it tells a new user to run. If the README drifts from what works, this fails.

const readme = await readFile("README.md", "utf8");
const start = readme.indexOf("## A flow package in five minutes");
const section = readme.slice(start, readme.indexOf("\n## ", start));

/** The fenced block right after the line that names `file` (`flows/hello/flow.toml`:). */
function blockAfter(file: string): string {
  const at = section.indexOf(`\`${file}\``);
  if (at < 0) throw new Error(`the README no longer shows ${file}`);
  const match = /```\w*\n([\s\S]*?)```/.exec(section.slice(at));
  if (!match?.[1]) throw new Error(`no code block after ${file}`);
  return match[1];
}

/** The module-style example: the TypeScript block that imports flows-action/bun. */
function moduleStyleStep(): string {
  const block = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "").find((text) => text.includes('from "flows-action/bun"'));
  if (!block) throw new Error("the README no longer shows a module-style step importing flows-action/bun");
  return block;
}

/** The shell block: `npx flows <args>` lines and the `echo ... > event.json` line. */
function shellCommands(): string[] {
  const block = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? "").find((text) => text.includes("npx flows validate"));
  if (!block) throw new Error("the README no longer shows the flows commands to try");
  return block
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter(Boolean);
}

// The module-style step is type-checked against dist/'s declarations: a build of dist/ (a minute
// of one core's work, minutes on a loaded machine) is waited for here, not within the type
// check's own time, which it ran out of under load.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let repo: string;
beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), "flows-readme-"));
  for (const file of ["flows/hello/flow.toml", "flows/hello/schemas/push.schema.json", "flows/hello/exec/hello.ts"]) {
    await mkdir(dirname(join(repo, file)), { recursive: true });
    await writeFile(join(repo, file), blockAfter(file));
  }
});
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

async function flows(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["--repo", repo, "--no-color", ...argv], {
    env: cliTestEnv(),
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

describe("the README's flow package, copied verbatim", () => {
  it("validates, fires, dedupes and replays as the README says", async () => {
    const results: Array<{ command: string; code: number; out: string; err: string }> = [];
    for (const line of shellCommands()) {
      const echo = /^echo '(.*)' > (\S+)$/.exec(line);
      if (echo) {
        await writeFile(join(repo, echo[2] ?? "event.json"), `${echo[1]}\n`);
        continue;
      }
      expect(line).toMatch(/^npx flows /);
      const argv = line
        .replace(/^npx flows /, "")
        .split(/\s+/)
        .map((arg) => (arg.endsWith(".json") ? join(repo, arg) : arg));
      results.push({ command: line, ...(await flows(argv)) });
    }
    const [validate, list, fire, again, replay] = results;
    expect(validate).toMatchObject({ code: 0 });
    expect(list?.out).toContain("hello");
    expect(fire).toMatchObject({ code: 0 });
    expect(fire?.out).toMatch(/greet/);
    expect(fire?.out).toMatch(/completed/);
    expect(`${again?.out}${again?.err}`).toMatch(/already handled/i);
    expect(replay).toMatchObject({ code: 0 });
    // Five commands, the first loads of the CLI's modules (validate's schema compiler, fire's
    // engine; vitest transforms them in its main process: 1 s of its CPU) and two Bun steps:
    // 0.4 s of CPU in this process, and 10 to 13 s of wall clock at load 8 to 11. It ran out of
    // vitest's 30 s default at load 15 to 27.
  }, 120_000);

  it("explains a push to another branch with the reason the README quotes", async () => {
    const flat = section.replace(/\s+/g, " ");
    const reason = /a push to any other branch is "not matched", with the reason: `([^`]+)`/.exec(flat)?.[1];
    expect(reason).toBeDefined();
    const event = join(repo, "dev-push.json");
    await writeFile(event, JSON.stringify({ id: "try-dev", type: "push", payload: { ref: "refs/heads/dev", sender: "me" } }));
    const explained = await flows(["explain", "--event", event]);
    expect(explained.out).toContain(reason);
  });

  it("type-checks a module-style step importing flows-action/bun", async () => {
    expect((await typeCheckStep(moduleStyleStep())).stdout).toBe("");
  }, 180_000);
});
