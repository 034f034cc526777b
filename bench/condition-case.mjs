// Trigger conditions: what evaluating a typical `if` costs per step per event, measured in
// process with the library bundle (dist/lib): 100 steps whose type and schema match, 100
// fresh events each carrying a real release webhook payload, matched once with a condition on
// every step and once with none; the difference is the conditions' cost. Target: < 1 ms.
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const STEPS = 100;
const EVENTS = 100;
const CONDITION =
  "startsWith(event.payload.tag, 'rust-v') && semver(event.payload.tag, '>=1.2 <2') && event.payload.repo == 'openai/codex' && !github.event.release.prerelease";

function writePackages(repo, condition) {
  for (let i = 0; i < STEPS; i += 1) {
    const root = join(repo, "flows", `f${String(i).padStart(3, "0")}`);
    mkdirSync(join(root, "exec"), { recursive: true });
    writeFileSync(join(root, "exec", "step.ts"), "");
    const ifLine = condition ? `if = "${condition}"\n` : "";
    writeFileSync(
      join(root, "flow.toml"),
      `name = "f${i}"\nversion = 1\n\n[[steps]]\nname = "step"\nrunner = "bun"\nscript = "exec/step.ts"\n\n[steps.trigger]\ntype = "upstream.release"\n${ifLine}`,
    );
  }
}

export const conditionCase = {
  id: "conditions",
  label: `trigger conditions: ${STEPS} steps × ${EVENTS} events (in process)`,
  runs: 7,
  prepare: async ({ dir, root }) => {
    const library = await import(pathToFileURL(join(root, "dist", "lib", "index.js")).href);
    const examples = join(dirname(createRequire(import.meta.url).resolve("@octokit/webhooks-examples/package.json")), "api.github.com", "index.json");
    const release = JSON.parse(readFileSync(examples, "utf8")).find((entry) => entry.name === "release").examples[0];
    writePackages(join(dir, "with"), CONDITION);
    writePackages(join(dir, "without"), "");
    const withConditions = (await library.discoverFlows({ repoRoot: join(dir, "with") })).flows;
    const without = (await library.discoverFlows({ repoRoot: join(dir, "without") })).flows;
    if (withConditions.length !== STEPS || without.length !== STEPS) throw new Error("the condition packages did not load");
    let n = 0;
    const events = () =>
      Array.from({ length: EVENTS }, () => {
        n += 1;
        const tag = `rust-v1.${n}.0`;
        return {
          id: `bench:upstream.release:openai/codex:${tag}`,
          type: "upstream.release",
          receivedAt: new Date().toISOString(),
          payload: { provider: "github", repo: "openai/codex", tag, github: release },
        };
      });
    const github = { event_name: "release", event: release, ref: "refs/tags/v1", repository: "openai/codex" };
    const time = async (flows, batch) => {
      const started = process.hrtime.bigint();
      for (const event of batch) {
        const result = await library.matchSteps(flows, event, { github, env: {} });
        if (result.matched.length !== STEPS) throw new Error(`expected every step to match: ${result.mismatches[0]?.message}`);
      }
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    return {
      run: async () => {
        const plain = await time(without, events());
        const ms = await time(withConditions, events());
        const perStepMs = Math.max(0, ms - plain) / (STEPS * EVENTS);
        return { ms, extra: { plainMs: plain, perStepUs: perStepMs * 1000 } };
      },
    };
  },
  target: (results) => {
    const perStepMs = results.conditions.perStepUs / 1000;
    return { against: "1 ms per step per event", ratio: perStepMs, goal: "< 1 ms", met: perStepMs < 1 };
  },
  note: (result) => `${result.perStepUs.toFixed(1)} µs per condition (same match without conditions: ${result.plainMs.toFixed(1)} ms)`,
};
