// The benchmark cases. Each prepares its fixture in its own temp folder and returns the
// command to time; `target` compares medians measured in the same run.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const RAW_STEP = `const context = JSON.parse(await Bun.stdin.text());
console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: context.flow.event.id }));
`;
const SLEEP_STEP = `await Bun.stdin.text();
await Bun.sleep(1000);
console.log('FLOW_RESULT {"status":"completed"}');
`;

export function writeFlowPackage(repo, name, { trigger, script = RAW_STEP }) {
  const root = join(repo, "flows", name);
  mkdirSync(join(root, "exec"), { recursive: true });
  writeFileSync(join(root, "exec", "step.ts"), script);
  writeFileSync(
    join(root, "flow.toml"),
    `name = "${name}"\nversion = 1\n\n[[steps]]\nname = "step"\nrunner = "bun"\nscript = "exec/step.ts"\n\n[steps.trigger]\ntype = "${trigger}"\n`,
  );
}

/** A repository folder with a GitHub push payload, and the runner variables for dist/index.js. */
export function actionFixture(dir, root, env, extraInputs = {}) {
  mkdirSync(dir, { recursive: true });
  const payload = join(dir, "push.json");
  writeFileSync(
    payload,
    JSON.stringify({
      ref: "refs/heads/main",
      before: "0".repeat(40),
      after: "a".repeat(40),
      repository: { full_name: "bench/repo", name: "repo", owner: { login: "bench" } },
      sender: { login: "bench" },
      commits: [],
      head_commit: null,
      created: false,
      deleted: false,
      forced: false,
      compare: "https://github.com/bench/repo/compare/0...a",
    }),
  );
  const actionEnv = {
    ...env,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "push",
    GITHUB_EVENT_PATH: payload,
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: "bench/repo",
    GITHUB_RUN_ID: "1",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SHA: "a".repeat(40),
    GITHUB_OUTPUT: join(dir, "output.txt"),
    GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
    ...Object.fromEntries(Object.entries(extraInputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  return { command: ["node", join(root, "dist", "index.js")], cwd: dir, env: actionEnv, check: expectSuccess };
}

function expectSuccess(child) {
  if (/::error/.test(child.stdout)) throw new Error(`the action reported an error:\n${child.stdout}`);
}

const ratio = (results, id, baseIds, limit) => {
  const base = baseIds.reduce((sum, baseId) => sum + results[baseId].median, 0);
  const value = results[id].median / base;
  return { against: baseIds.join(" + "), ratio: value, goal: `≤ ${limit} ×`, met: value <= limit };
};

export const CASES = [
  {
    id: "node-floor",
    label: "baseline: node -e 0",
    baseline: true,
    prepare: () => ({ command: ["node", "-e", "0"] }),
  },
  {
    id: "bun-floor",
    label: "baseline: bare bun step.ts < ctx.json",
    baseline: true,
    prepare: ({ dir, bun }) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "step.ts"), RAW_STEP);
      const input = JSON.stringify({ flow: { name: "f", version: 1, root: dir, step: "s", event: { id: "e", type: "t", payload: {} } }, runtime: { eventId: "e", replay: false } });
      return { command: [bun, "step.ts"], cwd: dir, input };
    },
  },
  {
    id: "cold-start",
    label: "cold start: node dist/index.js, no matching flow",
    prepare: ({ dir, root, env }) => {
      writeFlowPackage(dir, "unrelated", { trigger: "release.published" });
      return actionFixture(dir, root, env);
    },
    target: (r) => ratio(r, "cold-start", ["node-floor"], 1.5),
  },
  {
    id: "one-step",
    label: "one event → one raw Bun step (whole action)",
    prepare: ({ dir, root, env }) => {
      writeFlowPackage(dir, "one", { trigger: "push" });
      return actionFixture(dir, root, env, { state: "none" });
    },
    target: (r) => ratio(r, "one-step", ["node-floor", "bun-floor"], 1.3),
  },
  {
    id: "parallel-8",
    label: "8 independent steps, each sleeps 1 s (concurrency 8)",
    runs: 3,
    prepare: ({ dir, root, env }) => {
      for (let i = 0; i < 8; i += 1) writeFlowPackage(dir, `sleep-${i}`, { trigger: "push", script: SLEEP_STEP });
      return actionFixture(dir, root, env, { concurrency: "8", state: "none" });
    },
    target: (r) => ({ against: "1 s of sleep", ratio: r["parallel-8"].median / 1000, goal: "wall ≤ 1.3 s", met: r["parallel-8"].median <= 1300 }),
  },
  {
    id: "flows-1000",
    label: "1,000 flows, one matching",
    prepare: ({ dir, root, env }) => {
      writeFlowPackage(dir, "match", { trigger: "push" });
      for (let i = 0; i < 999; i += 1) writeFlowPackage(dir, `other-${String(i).padStart(4, "0")}`, { trigger: `other.${i}` });
      return actionFixture(dir, root, env, { state: "none" });
    },
    target: (r) => ratio(r, "flows-1000", ["one-step"], 1.3),
  },
];
