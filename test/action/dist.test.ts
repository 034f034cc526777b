import { execFileSync } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runDistAction } from "../helpers/run-action.js";
import { commandsTheRunnerRuns } from "../helpers/runner-log.js";

// The smoke test of the shipped bundle (dist/index.js, rebuilt first when src/ changed): the
// modes themselves are tested in process from src/ (dispatch-mode.test.ts and the others).

type WebhookExamples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as WebhookExamples;
const releasePublished = examples
  .find((group) => group.name === "release")
  ?.examples.find((example) => example.action === "published") as { release: { tag_name: string }; repository: { full_name: string } };

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-action-");
});
afterEach(async () => {
  await repo.cleanup();
});

// A build of dist/ is waited for here, not within the time of the tests that run it (DIST_BUILD_WAIT_MS).
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

describe("dist/index.js", () => {
  it("runs once for a real release: outputs, summary, a log group, the token masked, step output inert", async () => {
    await writeFlow(repo.dir, {
      name: "on-release",
      steps: [
        {
          name: "announce",
          trigger: "release.published",
          schema: { type: "object", required: ["repo", "tag"], properties: { tag: { type: "string" } } },
          source: [
            "const ctx = JSON.parse(await Bun.stdin.text());",
            'console.log("tag is " + ctx.flow.event.payload.tag);',
            'console.log("::add-mask::x");',
            'console.log("::error::y");',
            'console.log("::stop-commands::z");',
            'console.log("::warning::after z");',
            'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed", message: "announced " + ctx.flow.event.payload.tag }));',
          ].join("\n"),
        },
      ],
    });
    const token = "ghs_supersecrettokenvalue123";
    const run = await runDistAction({
      workspace: repo.dir,
      eventName: "release",
      payload: releasePublished,
      inputs: { "github-token": token, checks: "off", comment: "off" },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const tag = releasePublished.release.tag_name;
    const eventId = `github:release.published:${releasePublished.repository.full_name}:${tag}`;
    expect(run.stdout.match(/^Event release\.published → /gm)).toHaveLength(1);
    expect(run.outputs["event-id"]).toBe(eventId);
    expect(run.outputs.matched).toBe("1");
    const results = JSON.parse(run.outputs.results ?? "[]") as FlowRunView[];
    expect(results[0]).toMatchObject({ flowName: "on-release", stepName: "announce", effectiveStatus: "changed" });
    expect(run.summary).toContain(`| on-release | announce | ✅ changed | announced ${tag} |`);
    expect(run.stdout).toContain("::group::on-release/announce");
    expect(run.stdout).toContain(`tag is ${tag}`);
    expect(run.stdout.split("\n").filter((line) => line.includes(token))).toEqual([`::add-mask::${token}`]);
    // What the step printed is in the log, and the runner runs none of it.
    expect(run.stdout).toContain("::error::y");
    const commands = commandsTheRunnerRuns(run.stdout);
    expect(commands.map((command) => command.name)).toEqual(["add-mask", "group", "endgroup"]);
    expect(commands[0]?.data).toBe(token);
  });
});

describe("dist/index.js's start", () => {
  /**
   * The action run on a push no flow matches (one flow waits for releases), with `hook` given to
   * Node with --import to watch the start; it exits 0 with nothing matched.
   */
  async function noMatchStart(hook: string): Promise<Awaited<ReturnType<typeof runDistAction>>> {
    await writeFlow(repo.dir, { name: "unrelated", steps: [{ name: "s", trigger: "release.published", source: "" }] });
    const run = await runDistAction({
      workspace: repo.dir,
      eventName: "push",
      payload: { ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "o/r", name: "r", owner: { login: "o" } } },
      inputs: { state: "none", checks: "off", comment: "off" },
      env: { NODE_OPTIONS: `--import=${pathToFileURL(hook).href}` },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.matched).toBe("0");
    return run;
  }

  it("loads neither node:crypto nor an HTTP client for an event no flow matches, and still writes its outputs", async () => {
    // A hook Node runs first writes the builtins the action loaded, as it exits.
    const hook = join(repo.dir, "modules-hook.mjs");
    const list = join(repo.dir, "modules.json");
    await writeFile(hook, `process.on("exit", () => process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));\n`);
    await noMatchStart(hook);
    const loaded = (JSON.parse(await readFile(list, "utf8")) as string[]).filter((entry) => entry.startsWith("NativeModule "));
    expect(loaded.length).toBeGreaterThan(20);
    // node:crypto costs a cold start 4–6 ms on Node 24, the HTTP stack far more (the 2.5× guard).
    expect(loaded.filter((entry) => /^NativeModule (crypto|internal\/crypto\/|https?$|tls$|_http_)/.test(entry))).toEqual([]);
  });

  it("loads neither the stdout stream's modules nor node:fs/promises for an event no flow matches, and still writes its log, outputs and summary", async () => {
    // The same hook as above. process.stdout on the runner's pipe loads node:net and the stream
    // modules (about 4 ms of a start on Node 24), node:fs/promises the readline and watcher ones
    // (about 2 ms): the log's lines are written with fs.writeSync (src/action/stdout.ts) and the
    // summary with node:fs's callbacks (src/action/summary-steps.ts).
    const hook = join(repo.dir, "modules-hook.mjs");
    const list = join(repo.dir, "modules.json");
    await writeFile(hook, `process.on("exit", () => process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));\n`);
    const loadedBy = async (): Promise<string[]> =>
      (JSON.parse(await readFile(list, "utf8")) as string[]).filter((entry) => /^NativeModule (net|stream|fs\/promises|internal\/fs\/promises|internal\/readline\/)/.test(entry));
    // What this Node loads anyway for an empty ES module (Node 20's module loader reads files
    // with node:fs/promises), run as the action is: its output to a pipe.
    const empty = join(repo.dir, "empty.mjs");
    await writeFile(empty, "");
    execFileSync(process.execPath, [`--import=${pathToFileURL(hook).href}`, empty], { stdio: "pipe" });
    const anyway = await loadedBy();
    const run = await noMatchStart(hook);
    expect((await loadedBy()).filter((entry) => !anyway.includes(entry))).toEqual([]);
    expect(run.stdout).toMatch(/^Event push \u2192 github:push:o\/r:/m);
    expect(run.summary).toContain("Nothing matched.");
  });

  it("makes no require function for an event no flow matches", async () => {
    // A hook wraps node:module's createRequire (the bundle's import of it follows) and counts calls:
    // built-ins come from process.getBuiltinModule (scripts/bundle.mjs), and src/hash.ts makes
    // its require function on first use only.
    const calls = join(repo.dir, "create-require.txt");
    const hook = join(repo.dir, "create-require-hook.mjs");
    await writeFile(
      hook,
      `import module, { syncBuiltinESMExports } from "node:module";\nimport { appendFileSync } from "node:fs";\nconst original = module.createRequire;\nmodule.createRequire = (...args) => (appendFileSync(${JSON.stringify(calls)}, "call\\n"), original(...args));\nsyncBuiltinESMExports();\n`,
    );
    await writeFile(calls, "");
    await noMatchStart(hook);
    expect(await readFile(calls, "utf8")).toBe("");
  });

  it("imports no later chunk for an event no flow matches", async () => {
    // Module hooks (node:module register) write each file the action's process imports.
    const list = join(repo.dir, "imported.txt");
    const hooks = `import { appendFileSync } from "node:fs";\nexport async function resolve(specifier, context, next) {\n  const resolved = await next(specifier, context);\n  appendFileSync(${JSON.stringify(list)}, resolved.url + "\\n");\n  return resolved;\n}\n`;
    const register = join(repo.dir, "register-hooks.mjs");
    await writeFile(register, `import { register } from "node:module";\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});\n`);
    await noMatchStart(register);
    const imported = (await readFile(list, "utf8")).split("\n").filter((url) => url.startsWith("file:"));
    const shown = imported.map((url) => url.replace(/^.*\/dist\//, "dist/"));
    expect(shown[0]).toBe("dist/index.js");
    // Read the streaming way (`npm run test:lazy-events` sets FLOWS_LAZY_EVENT_BYTES below this
    // event's size), the event loads the streaming reader's chunk, and that one only.
    if (Number(process.env.FLOWS_LAZY_EVENT_BYTES) > 0) {
      expect(shown).toHaveLength(2);
      expect(await readFile(join(process.cwd(), shown[1] as string), "utf8")).toMatch(/\bfunction (\w+_)?readJsonStreamed\(/);
    } else {
      expect(shown).toEqual(["dist/index.js"]);
    }
  });

  // What a start compiles is what its first chunk holds (BENCHMARKS.md, "Seventeenth round"):
  // these modules are imported when a job needs them, so each must stay in a chunk of its own.
  // Each is told by its definition, which ncc keeps (a concatenated module's names may be
  // prefixed); the definition must be found in a later chunk, so a renamed one fails here too.
  it("keeps out of its first chunk what a dispatch that runs no step does not use", async () => {
    await ensureFreshDist();
    const dist = join(process.cwd(), "dist");
    const first = await readFile(join(dist, "index.js"), "utf8");
    const chunkFiles = (await readdir(dist)).filter((name) => /^\d+\.index\.js$/.test(name));
    const chunks = await Promise.all(chunkFiles.map((name) => readFile(join(dist, name), "utf8")));
    const later = {
      "the step engine (engine/run-one.ts)": /\bfunction (\w+_)?runOne\(/,
      "the run recorder (engine/run-recorder.ts)": /\bclass (\w+_)?RunRecorder\b/,
      "the Bun lookup (runners/find-bun.ts)": /\bfunction (\w+_)?findBun\(/,
      "the action's Bun set-up (action/bun.ts)": /\bfunction (\w+_)?resolveBun\(/,
      "the trigger-schema compiler (flows/schemas.ts)": /\bclass (\w+_)?SchemaRegistry\b/,
      "the trigger-schema budgets (flows/schema-budget.ts)": /\bfunction (\w+_)?checkSchemaExpansion\(/,
      "the debug explanation of a match (flows/explain.ts)": /\bfunction (\w+_)?explainMatch\(/,
      "the 14 contract schemas as data (generated/schemas.ts)": /\b(\w+_)?contractSchemas = \{/,
      "the upstream-release poller (action/watch.ts)": /\bfunction (\w+_)?watchReleases\(/,
      "the validators of GitHub's answers to the poller (generated/validators/github-answers.ts)": /\bconst (\w+_)?validateGitHubReleasePage = /,
      "the fork handover (action/handover.ts)": /\bfunction (\w+_)?publishHandedOver\(/,
      "the comparison of two events under one id (engine/event-content.ts)": /\bfunction (\w+_)?otherContentOf\(/,
      "the streaming reader of large event files (events/event-file.ts)": /\bfunction (\w+_)?readJsonStreamed\(/,
      "GitHub's API errors, read only when a call failed (github/errors.ts)": /\bfunction (\w+_)?apiFailure\(/,
      "the trigger-check budget (flows/schema-check-budget.ts)": /\bfunction (\w+_)?checkWithinBudget\(/,
      "the scan of stored events (state/query.ts)": /\bfunction (\w+_)?eachStoredEvent\(/,
      "what reads a stored record's runs (engine/run-view.ts)": /\bfunction (\w+_)?liveAttemptOf\(/,
      "the record's dispatch count and merge (state/record.ts)": /\bfunction (\w+_)?countDispatch\(/,
      "the merge of two views of one run (state/run-merge.ts)": /\bfunction (\w+_)?mergeRuns\(/,
      "the live-dispatcher checks (state/dispatcher.ts)": /\bfunction (\w+_)?isLiveAttempt\(/,
      "core's OIDC client, imported by getIDToken (scripts/bundle.mjs, oidcOnUse)": /\bclass (\w+_)?OidcClient\b/,
    };
    const misplaced = Object.entries(later)
      .filter(([, definition]) => definition.test(first) || !chunks.some((chunk) => definition.test(chunk)))
      .map(([what, definition]) => `${what}: ${definition.test(first) ? "in dist/index.js" : "in no later chunk"}`);
    expect(misplaced).toEqual([]);
    // Left out of the action's copies of core and smol-toml (scripts/bundle.mjs): core.summary
    // (the action writes its summary with summary-steps.ts) and smol-toml's serializer.
    expect(first).not.toMatch(/\bclass (\w+_)?Summary\b/);
    expect(first).not.toMatch(/\bfunction (\w+_)?stringifyTable\(/);
    // What a start does need is found the same way in the first chunk.
    expect(first).toMatch(/\bfunction (\w+_)?discoverFlows\(/);
    expect(first).toMatch(/\bfunction (\w+_)?matchSteps\(/);
    // Built-ins come from process.getBuiltinModule, not a require function made for each
    // (scripts/bundle.mjs, builtinsWithoutCreateRequire); and the sources' comments are left out.
    expect(first).not.toContain("__WEBPACK_EXTERNAL_createRequire(import.meta.url)(");
    expect(first).toMatch(/\b__nccwpck_builtin\("node:fs"\)/);
    expect(first).not.toContain("node:crypto costs a few milliseconds to load");
    // In ASCII (scripts/bundle.mjs, asciiOnly): one other character and V8 holds all of it as
    // two-byte text, which Node decodes and V8 scans at every start.
    expect(first.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
    expect(first).toContain("\\u2192");
  });

  it("loads its built-ins where Node has no process.getBuiltinModule (before 22.3)", async () => {
    const hook = join(repo.dir, "no-get-builtin-module.mjs");
    await writeFile(hook, "delete process.getBuiltinModule;\n");
    const run = await noMatchStart(hook);
    expect(run.summary).toContain("Nothing matched.");
  });
});
