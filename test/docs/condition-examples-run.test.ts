import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FlowEvent } from "../../src/contracts.js";
import { flowEventFromGitHub } from "../../src/events/index.js";
import { type ConditionGitHubContext, gitHubConditionContext } from "../../src/flows/condition.js";
import type { ChangedFilesSource } from "../../src/flows/condition-evaluate.js";
import { discoverFlows } from "../../src/flows/discovery.js";
import { matchSteps } from "../../src/flows/match.js";
import { githubExample } from "../events/webhook-examples.js";
import { makeTempRepo, type TempRepo, writeFiles } from "../flows/helpers.js";

// Every condition example of docs/conditions.md and the README, run as written: each TOML
// block becomes a flow package (a `[steps.trigger]` fragment gets a package and a step around
// it), and its condition must be true on an event it describes and false on one it does not.

type Case = { event: FlowEvent; github?: ConditionGitHubContext; changedFiles?: ChangedFilesSource };

function gh(name: string, index: number, change?: (payload: Record<string, unknown>) => void, files?: string[]): Case {
  const payload = githubExample(name, index);
  change?.(payload);
  const repository = (payload.repository as { full_name?: string }).full_name ?? "Codertocat/Hello-World";
  const ref = typeof payload.ref === "string" ? payload.ref : "refs/heads/main";
  const event = flowEventFromGitHub({ eventName: name, payload, context: { repository }, now: () => new Date("2026-01-01T00:00:00Z") });
  const github = gitHubConditionContext({ env: { GITHUB_REPOSITORY: repository, GITHUB_REF: ref }, eventName: name, payload });
  return { event, github, ...(files ? { changedFiles: async () => files } : {}) };
}

function upstream(tag: string, repo = "openai/codex"): Case {
  return {
    event: {
      id: `github:upstream.release:${repo}:${tag}`,
      type: "upstream.release",
      source: "watch",
      receivedAt: "2026-01-01T00:00:00.000Z",
      payload: { provider: "github", repo, tag, url: `https://github.com/${repo}/releases/tag/${tag}`, prerelease: false },
    },
  };
}

const release = (tag: string, prerelease = false) =>
  gh("release", 0, (payload) => Object.assign(payload.release as object, { tag_name: tag, prerelease }));
const push = (ref: string, added: string[]) =>
  gh("push", 4, (payload) => {
    payload.ref = ref;
    Object.assign((payload.commits as object[])[0] as object, { added, modified: [], removed: [] });
  });
const labeled = (label: string, association = "MEMBER") =>
  gh("pull_request", 8, (payload) => {
    (payload.label as { name: string }).name = label;
    (payload.pull_request as { author_association: string }).author_association = association;
  });
const synchronized = (draft: boolean, files: string[]) =>
  gh("pull_request", 22, (payload) => Object.assign(payload.pull_request as object, { draft }), files);

/** For each documented condition: an event it is true on, and one it is false on. */
const CASES: Record<string, [whenTrue: () => Case, whenFalse: () => Case]> = {
  "startsWith(event.payload.tag, 'rust-v') && semver(event.payload.tag, '>=1.2 <2')": [() => upstream("rust-v1.4.0"), () => upstream("rust-v2.0.0")],
  "!event.payload.prerelease && semver(event.payload.tag, '>=2')": [() => release("v2.1.0"), () => release("v2.1.0-rc.1", true)],
  "github.ref == 'refs/heads/main' && (changed('bindings/*') || changed('schema/*.json'))": [
    () => push("refs/heads/main", ["schema/event.json"]),
    () => push("refs/heads/main", ["README.md"]),
  ],
  "event.payload.label == 'regen'\n  && contains(fromJSON('[\"OWNER\", \"MEMBER\", \"COLLABORATOR\"]'), github.event.pull_request.author_association)\n": [
    () => labeled("regen"),
    () => labeled("regen", "CONTRIBUTOR"),
  ],
  "changed('bindings/**') && !github.event.pull_request.draft": [
    () => synchronized(false, ["bindings/rust/src/lib.rs"]),
    () => synchronized(true, ["bindings/rust/src/lib.rs"]),
  ],
  "event.payload.repo == 'openai/codex' && glob(event.payload.tag, 'rust-v*') && semver(event.payload.tag, flow.config.channel)": [
    () => upstream("rust-v1.9.2"),
    () => upstream("rust-v1.9.2", "openai/other"),
  ],
  "github.ref == 'refs/heads/main' && changed('bindings/*')": [
    () => push("refs/heads/main", ["bindings/python/x.py"]),
    () => push("refs/heads/dev", ["bindings/python/x.py"]),
  ],
};

/** The TOML blocks with an `if`, whole packages as written, fragments completed. */
function documentedPackages(): Array<{ condition: string; toml: string }> {
  const text = ["../../docs/conditions.md", "../../README.md"].map((file) => readFileSync(new URL(file, import.meta.url), "utf8")).join("\n");
  const blocks = [...text.matchAll(/```toml\n([\s\S]*?)```/g)].map((match) => match[1] as string).filter((block) => /^if = /m.test(block));
  return blocks.map((block) => {
    const whole = block.includes("[[steps]]");
    const toml = whole ? block : `name = "example"\nversion = 1\n\n[[steps]]\nname = "step"\nrunner = "bun"\nscript = "exec/run.ts"\n\n${block}`;
    const condition = /^if = (?:"((?:[^"\\]|\\.)*)"|'''\n?([\s\S]*?)''')/m.exec(block);
    return { condition: condition?.[1] ?? condition?.[2] ?? "", toml };
  });
}

let repo: TempRepo;
beforeAll(async () => {
  repo = await makeTempRepo();
});
afterAll(async () => {
  await repo.cleanup();
});

describe("the condition examples of docs/conditions.md and the README, run as written", () => {
  const packages = documentedPackages();

  it("finds them all, and each has a case here", () => {
    expect(packages.length).toBeGreaterThanOrEqual(7);
    for (const { condition } of packages) expect(Object.keys(CASES), `add a case for ${JSON.stringify(condition)}`).toContain(condition);
  });

  it.each(packages.map(({ condition, toml }, index) => [condition, toml, index] as const))("%s", async (condition, toml, index) => {
    const root = `${repo.root}/${index}`;
    const scripts = [...toml.matchAll(/^script = "(.+)"/gm)].map((match) => match[1] as string);
    const schemas = [...toml.matchAll(/^schema = "(.+)"/gm)].map((match) => match[1] as string);
    await writeFiles(root, {
      "flows/example/flow.toml": toml,
      ...Object.fromEntries(scripts.map((script) => [`flows/example/${script}`, "console.log(1);\n"])),
      ...Object.fromEntries(schemas.map((schema) => [`flows/example/${schema}`, '{"type": "object", "required": ["tag"]}'])),
    });
    const { flows, problems } = await discoverFlows({ repoRoot: root });
    expect(problems).toEqual([]);
    const [whenTrue, whenFalse] = CASES[condition] ?? [];
    for (const [make, expected] of [
      [whenTrue, true],
      [whenFalse, false],
    ] as const) {
      const given = (make as () => Case)();
      const result = await matchSteps(flows, given.event, {
        env: {},
        ...(given.github ? { github: given.github } : {}),
        ...(given.changedFiles ? { changedFiles: given.changedFiles } : {}),
      });
      expect(result.problems ?? []).toEqual([]);
      const why = result.mismatches.map((miss) => miss.message).join("; ");
      expect(result.matched.length === 1, `expected ${expected} on ${given.event.type}: ${why}`).toBe(expected);
      if (!expected) expect(result.mismatches[0]?.message).toMatch(/^condition `.*` is false/);
    }
  });
});
