// flows-action benchmarks: what users feel, against baselines measured in the same run.
// Usage: npm run bench [-- --json] [-- --runs N] [-- --only case,case] [-- --strict]
// Each case runs after a warm-up, N times; the table shows medians and ratios.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CASES } from "./cases.mjs";

const { values } = parseArgs({
  options: {
    json: { type: "boolean" },
    runs: { type: "string" },
    only: { type: "string" },
    strict: { type: "boolean" },
  },
});
const runs = Number(values.runs ?? 11);
const only = values.only ? new Set(values.only.split(",")) : undefined;
const root = new URL("..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "flows-bench-"));
const bun = join(root, "node_modules", ".bin", "bun");
const env = { ...process.env, PATH: `${join(root, "node_modules", ".bin")}:${process.env.PATH}` };

const results = {};
// Every prepared case, so a later case can be measured in turn with it.
const preparedBaselines = {};
try {
  for (const benchCase of CASES) {
    if (only && !only.has(benchCase.id) && !benchCase.baseline) continue;
    const dir = join(work, benchCase.id);
    const prepared = await benchCase.prepare({ dir, root, bun, env });
    preparedBaselines[benchCase.id] = prepared;
    const samples = [];
    const extra = {};
    // The machine's load drifts; a case compared with baselines measures them in turn with
    // itself (baseline, case, baseline, case, ...), so both see the same conditions.
    const paired = Object.fromEntries((benchCase.pairedWith ?? []).map((id) => [id, []]));
    for (let i = 0; i < (benchCase.warmup ?? 2); i += 1) await measure(prepared);
    // A case that measures baselines of its own in turn counts only those of the measured runs.
    prepared.measuring?.();
    for (let i = 0; i < (benchCase.runs ?? runs); i += 1) {
      for (const id of Object.keys(paired)) paired[id].push((await measure(preparedBaselines[id])).ms);
      const sample = await measure(prepared);
      samples.push(sample.ms);
      Object.assign(extra, sample.extra ?? {});
    }
    const pairedMedians = Object.fromEntries(Object.entries(paired).map(([id, values]) => [id, median(values)]));
    results[benchCase.id] = { label: benchCase.label, median: median(samples), samples, paired: pairedMedians, ...extra };
    if (!values.json) process.stderr.write(`  ${benchCase.id}: ${median(samples).toFixed(1)} ms\n`);
  }
} finally {
  // Cases that started something (a `flows daemon`) end it, and may say it went wrong.
  try {
    for (const prepared of Object.values(preparedBaselines)) prepared.stop?.();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const rows = CASES.filter((c) => results[c.id]).map((c) => {
  const result = results[c.id];
  const check = c.target ? c.target(results) : undefined;
  return { id: c.id, label: c.label, median: result.median, ...check, note: c.note?.(result) };
});
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };

if (values.json) {
  process.stdout.write(`${JSON.stringify({ machine, runs, rows, results }, null, 2)}\n`);
} else {
  console.log(`\nmachine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, node ${machine.node}; ${runs} runs per case\n`);
  console.log("| case | median | compared with | ratio | target | met |");
  console.log("| --- | ---: | --- | ---: | --- | --- |");
  for (const row of rows) {
    const met = row.met === undefined ? "" : row.met ? "yes" : "**no**";
    console.log(
      `| ${row.label} | ${row.median.toFixed(1)} ms | ${row.against ?? ""} | ${row.ratio === undefined ? "" : row.ratio.toFixed(2)} | ${row.goal ?? ""} | ${met} |${row.note ? ` ${row.note}` : ""}`,
    );
  }
}
// --strict turns a missed target into a failing exit code (for gating); by default the table says it.
if (values.strict && rows.some((row) => row.met === false)) process.exitCode = 1;

async function measure(prepared) {
  if (typeof prepared.run === "function") return prepared.run();
  prepared.before?.();
  const started = process.hrtime.bigint();
  const child = spawnSync(prepared.command[0], prepared.command.slice(1), {
    cwd: prepared.cwd,
    env: prepared.env ?? env,
    input: prepared.input,
    encoding: "utf8",
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0 && !prepared.allowFailure) {
    throw new Error(`${prepared.command.join(" ")} exited ${child.status}:\n${child.stdout}\n${child.stderr}`);
  }
  if (prepared.check) prepared.check(child);
  prepared.after?.();
  return { ms };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export { bun };
