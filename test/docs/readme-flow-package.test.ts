import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureFreshDist } from "../helpers/fresh-dist.js";
import { main } from "../../src/cli/main.js";
import { cliTestEnv } from "../helpers/cli.js";

// The README's "flow package in five minutes", copied verbatim: every file it shows, then the
// commands it tells a new user to run. If the README drifts from what works, this fails.

const run = promisify(execFile);
const readme = await readFile("README.md", "utf8");
const section = readme.slice(readme.indexOf("## A flow package in five minutes"), readme.indexOf("## The `flows` command"));

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
  });

  it("type-checks a module-style step importing flows-action/bun", async () => {
    // The declarations come from dist/lib/types: wait for (or make) a build of the sources there
    // are now, or another test file rebuilding dist/ meanwhile leaves them half written.
    await ensureFreshDist();
    const project = await mkdtemp(join(tmpdir(), "flows-readme-ts-"));
    try {
      await mkdir(join(project, "node_modules"), { recursive: true });
      await symlink(resolve("."), join(project, "node_modules/flows-action"), "dir");
      await writeFile(join(project, "step.ts"), moduleStyleStep());
      await writeFile(
        join(project, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, noEmit: true, skipLibCheck: true, types: [] },
          files: ["step.ts"],
        }),
      );
      await writeFile(join(project, "package.json"), JSON.stringify({ type: "module", private: true }));
      const tsc = resolve("node_modules/typescript/bin/tsc");
      const { stdout } = await run(process.execPath, [tsc, "-p", project], { cwd: project }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }));
      expect(stdout).toBe("");
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  }, 180_000);
});
