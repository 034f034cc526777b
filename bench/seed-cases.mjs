// `flows fire` against the older flow runtime's cost (#16). That runtime is not on the npm
// registry, so each sample measures its floor in turn with `flows fire`: `bun -e 0` (its
// Bun-hosted CLI starting), then every step as `bun step.ts < context.json`, one after another
// (its `fire` runs steps sequentially). Its real `fire` measured 1.5× that floor.
//
// With FLOWS_BENCH_OLDER_RUNNER set to the older runtime's runner (apps/flow-runner/src/index.ts
// in a checkout of peezy-tech/codex-flows whose packages resolve), each sample also runs that
// runner's own `fire` in turn, on the same repository: `bun <runner> fire --event event.json`.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const UPSTREAM_RELEASE_SCHEMA = JSON.stringify({
  type: "object",
  required: ["repo", "tag"],
  properties: { provider: { type: "string" }, repo: { type: "string" }, tag: { type: "string" }, url: { type: "string" }, publishedAt: { type: "string" } },
});

// "Author a flow package": the raw ABI and the module default export (without the helper
// import, so the floor can run the file bare).
const RAW_STEP = `const ctx = JSON.parse(await Bun.stdin.text());

console.log(\`FLOW_RESULT \${JSON.stringify({
  status: "completed",
  message: \`handled \${ctx.flow.event.id}\`,
})}\`);
`;
const MODULE_STEP = `export default async function run(ctx) {
  return { status: "completed", message: \`handled \${ctx.flow.event.id}\` };
}
`;
const SLEEP_STEP = `const ctx = JSON.parse(await Bun.stdin.text());
await Bun.sleep(1000);
console.log(\`FLOW_RESULT \${JSON.stringify({ status: "completed", message: ctx.flow.event.id })}\`);
`;

/** A seed-style repository: one flow package per step, upstream.release triggers with the shared schema. */
function seedRepository(dir, scripts) {
  scripts.forEach((script, index) => {
    const root = join(dir, "flows", `flow-${index + 1}`);
    mkdirSync(join(root, "exec"), { recursive: true });
    mkdirSync(join(root, "schemas"), { recursive: true });
    writeFileSync(join(root, "exec", "step.ts"), script);
    writeFileSync(join(root, "schemas", "upstream-release.schema.json"), UPSTREAM_RELEASE_SCHEMA);
    writeFileSync(
      join(root, "flow.toml"),
      `name = "flow-${index + 1}"\nversion = 1\n\n[config]\ncommit = true\n\n[[steps]]\nname = "step"\nrunner = "bun"\nscript = "exec/step.ts"\n\n[steps.trigger]\ntype = "upstream.release"\nschema = "schemas/upstream-release.schema.json"\n`,
    );
  });
}

function event(n) {
  return { id: `patch:upstream.release:openai/codex:rust-v1.2.${n}`, type: "upstream.release", source: "patch", receivedAt: new Date().toISOString(), payload: { repo: "openai/codex", tag: `rust-v1.2.${n}` } };
}

/**
 * `flows fire` at default settings (file store; a new event each run) and its floor, measured in
 * turn. With `daemon`, through the `flows daemon` the case's first fire starts, as one typed at a
 * terminal does (FLOWS_DAEMON=auto: the bench has no terminal; the daemon is stopped after the
 * case); without, never through one (FLOWS_DAEMON=off: as in CI and scripts, and a daemon the
 * user runs is not measured).
 */
function seedCase({ dir, root, bun, env: benchEnv }, scripts, { daemon = false } = {}) {
  seedRepository(dir, scripts);
  const flows = join(root, "dist", "cli", "index.js");
  const eventPath = join(dir, "event.json");
  const env = daemon ? { ...benchEnv, FLOWS_DAEMON: "auto", FLOWS_DAEMON_DIR: join(dir, "daemon") } : { ...benchEnv, FLOWS_DAEMON: "off" };
  if (daemon) startedByFirstFire(flows, dir, env, eventPath);
  let fires = 0;
  let firstFire;
  let firstFloor;
  const floors = [];
  const parallelFloors = [];
  const olderRunner = process.env.FLOWS_BENCH_OLDER_RUNNER;
  const olderFires = [];
  // What a dispatcher that did nothing but start the steps would cost: Bun starting, then every
  // step at once with Bun.spawn (the same stdin), waiting for all. On 2 cores this is the bound
  // parallel steps can reach; everything flows does (load, discover, match, record) comes on top.
  const parallel = join(dir, "parallel-floor.mjs");
  writeFileSync(
    parallel,
    `const input = await Bun.stdin.text();\nconst dirs = ${JSON.stringify(scripts.map((_, index) => join(dir, "flows", `flow-${index + 1}`)))};\n` +
      "await Promise.all(dirs.map(async (cwd) => {\n" +
      '  const child = Bun.spawn([process.execPath, "exec/step.ts"], { cwd, stdin: "pipe", stdout: "pipe", stderr: "pipe" });\n' +
      // A step that never reads its stdin (the module-style ones, run bare) closes the pipe
      // under the writer: EPIPE is expected then, as the older runtime's own writer ignores it.
      "  try { await child.stdin.write(input); await child.stdin.end(); } catch {}\n  await new Response(child.stdout).text();\n" +
      '  if ((await child.exited) !== 0) throw new Error("step failed in " + cwd);\n}));\n',
  );
  let n = 0;
  return {
    run() {
      n += 1;
      writeFileSync(eventPath, JSON.stringify(event(n)));
      const input = JSON.stringify({ flow: { name: "flow-1", version: 1, root: dir, step: "step", config: { commit: true }, event: event(n) }, runtime: { eventId: event(n).id, replay: false } });
      floors.push(timed(() => {
        run(bun, ["-e", "0"], dir, env);
        for (let index = 0; index < scripts.length; index += 1) run(bun, ["exec/step.ts"], join(dir, "flows", `flow-${index + 1}`), env, input);
      }));
      parallelFloors.push(timed(() => run(bun, [parallel], dir, env, input)));
      if (olderRunner) {
        // Its own event id, so neither runtime finds the other's record of it.
        writeFileSync(eventPath, JSON.stringify({ ...event(n), id: `${event(n).id}-older` }));
        olderFires.push(timed(() => run(bun, [olderRunner, "fire", "--event", eventPath], dir, env)));
        writeFileSync(eventPath, JSON.stringify(event(n)));
      }
      const ms = timed(() => {
        const child = run(flows, ["fire", "--event", eventPath], dir, env);
        if (!child.stdout.includes(`ran=${scripts.length}`)) throw new Error(`flows fire did not run every step:\n${child.stdout}`);
      });
      fires += 1;
      if (fires === 1) {
        firstFire = ms;
        firstFloor = floors[0];
      }
      return {
        ms,
        extra: {
          floor: median(floors),
          parallelFloor: median(parallelFloors),
          ...(olderRunner ? { olderFire: median(olderFires) } : {}),
          ...(daemon ? { firstFire, firstFloor } : {}),
        },
      };
    },
    // The warm-up's floors were measured beside other fires (a daemon's first, still compiling):
    // the ratio compares the measured fires with the floors measured in turn with them.
    measuring() {
      floors.length = 0;
      parallelFloors.length = 0;
      olderFires.length = 0;
    },
    stop() {
      if (!daemon) return;
      const status = JSON.parse(run(flows, ["daemon", "status", "--json"], dir, env).stdout);
      run(flows, ["daemon", "stop"], dir, env);
      // Every fire measured went through the daemon (one that fell back would be measured cold).
      if (status.served !== fires) throw new Error(`flows daemon ran ${status.served ?? "none"} of the ${fires} fires measured`);
    },
  };
}

/** One fire of an event of its own, with no daemon running: it runs alone, then starts one; waits (≤ 10 s) until it answers. */
function startedByFirstFire(flows, dir, env, eventPath) {
  writeFileSync(eventPath, JSON.stringify({ ...event(0), id: "patch:upstream.release:openai/codex:first-fire" }));
  run(flows, ["fire", "--event", eventPath], dir, env);
  for (const until = Date.now() + 10_000; Date.now() < until; ) {
    if (JSON.parse(run(flows, ["daemon", "status", "--json"], dir, env).stdout).running) return;
    spawnSync("sleep", ["0.05"]);
  }
  throw new Error("flows fire started no flows daemon within 10 s");
}

function run(command, args, cwd, env, input) {
  const child = spawnSync(command, args, { cwd, env, encoding: "utf8", ...(input ? { input } : {}) });
  if (child.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${child.status}:\n${child.stdout}\n${child.stderr}`);
  return child;
}

function timed(fn) {
  const started = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const againstFloor = (id, limit) => (results) => {
  const value = results[id].median / results[id].floor;
  return { against: `sequential Bun floor (${results[id].floor.toFixed(0)} ms)`, ratio: value, goal: `≤ ${limit} ×`, met: value <= limit };
};

/** The parallel floor beside the case, as a note: how much of the gap is flows' own work. */
const parallelNote = (result) =>
  `(steps started side by side by an empty Bun script: ${result.parallelFloor.toFixed(0)} ms, ${(result.parallelFloor / result.floor).toFixed(2)} × the floor` +
  (result.olderFire === undefined
    ? ")"
    : `; the older runtime's own fire: ${result.olderFire.toFixed(0)} ms, ${(result.olderFire / result.floor).toFixed(2)} × the floor, ${(result.olderFire / result.median).toFixed(2)} × flows fire)`);

export const SEED_CASES = [
  {
    id: "seed-4",
    label: "flows fire, 4-step seed-style repository, no daemon (as in CI and scripts: FLOWS_DAEMON=off)",
    prepare: (context) => seedCase(context, [RAW_STEP, MODULE_STEP, RAW_STEP, MODULE_STEP]),
    target: againstFloor("seed-4", 1.2),
    note: parallelNote,
  },
  {
    id: "seed-4-daemon",
    label: "flows fire, 4-step seed-style repository, through the `flows daemon` its first fire started (at a terminal, or FLOWS_DAEMON=auto; after 20 fires)",
    // A daemon's code is compiled as it runs: its first fires take longer (the note says how
    // long the first took). Measured once it has run 20, as one kept running has; 21 runs, as
    // the wall times of a 50 ms command on two cores move by a fifth from run to run.
    warmup: 20,
    runs: 21,
    prepare: (context) => seedCase(context, [RAW_STEP, MODULE_STEP, RAW_STEP, MODULE_STEP], { daemon: true }),
    target: againstFloor("seed-4-daemon", 1.2),
    note: (result) =>
      `${parallelNote(result)} (the daemon's first fire: ${result.firstFire.toFixed(0)} ms, ${(result.firstFire / result.firstFloor).toFixed(2)} × the floor measured with it)`,
  },
  {
    id: "seed-sleep-8",
    label: "flows fire, 8 steps that each sleep 1 s (defaults)",
    runs: 3,
    warmup: 1,
    prepare: (context) => seedCase(context, Array(8).fill(SLEEP_STEP)),
    target: againstFloor("seed-sleep-8", 0.2),
    note: parallelNote,
  },
];
