import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export type StepSpec = {
  name: string;
  /** Bun script source (TypeScript). */
  source: string;
  trigger?: string;
  /** The trigger's `if` condition. */
  condition?: string;
  schema?: Record<string, unknown>;
  runner?: "bun" | "code-mode";
  timeoutMs?: number;
};

export type FlowSpec = {
  name: string;
  version?: number;
  root?: string;
  config?: Record<string, string | number | boolean>;
  steps: StepSpec[];
};

/** A temp repository folder; `cleanup` removes it. */
export async function tempRepo(prefix = "flows-repo-"): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Write a real flow package (flow.toml, scripts, schemas) under `<repo>/<root>/<name>`. */
export async function writeFlow(repo: string, spec: FlowSpec): Promise<string> {
  const root = join(repo, spec.root ?? "flows", spec.name);
  const lines = [`name = ${JSON.stringify(spec.name)}`, `version = ${spec.version ?? 1}`];
  if (spec.config) {
    lines.push("", "[config]");
    for (const [key, value] of Object.entries(spec.config)) lines.push(`${key} = ${JSON.stringify(value)}`);
  }
  for (const step of spec.steps) {
    const script = `exec/${step.name}.ts`;
    await writeText(join(root, script), step.source);
    lines.push("", "[[steps]]", `name = ${JSON.stringify(step.name)}`, `runner = "${step.runner ?? "bun"}"`, `script = "${script}"`);
    if (step.timeoutMs) lines.push(`timeout_ms = ${step.timeoutMs}`);
    if (step.trigger) {
      lines.push("", "[steps.trigger]", `type = ${JSON.stringify(step.trigger)}`);
      if (step.condition) lines.push(`if = ${JSON.stringify(step.condition)}`);
      if (step.schema) {
        const schema = `schemas/${step.name}.schema.json`;
        await writeText(join(root, schema), JSON.stringify(step.schema, null, 2));
        lines.push(`schema = "${schema}"`);
      }
    }
  }
  await writeText(join(root, "flow.toml"), `${lines.join("\n")}\n`);
  return root;
}

export async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** A raw-style step that reports `status` with `message`, after an optional sleep. */
export function rawStep(status: string, message = status, sleepMs = 0): string {
  return [
    "const context = JSON.parse(await Bun.stdin.text());",
    sleepMs ? `await Bun.sleep(${sleepMs});` : "",
    `console.log("FLOW_RESULT " + JSON.stringify({ status: ${JSON.stringify(status)}, message: ${JSON.stringify(message)}, eventId: context.runtime.eventId }));`,
  ].join("\n");
}

/**
 * A raw Bun step that writes the file `started` once it runs, then waits until the file
 * `release` exists and completes: a step the test holds running while something else happens.
 */
export function stepThatWaits(files: { started: string; release: string }): string {
  return [
    'import { existsSync, writeFileSync } from "node:fs";',
    "await Bun.stdin.text();",
    `writeFileSync(${JSON.stringify(files.started)}, "");`,
    `while (!existsSync(${JSON.stringify(files.release)})) await Bun.sleep(20);`,
    "console.log('FLOW_RESULT {\"status\":\"completed\"}');",
  ].join("\n");
}

export function flowEvent(type: string, id = `test:${type}:1`, payload: Record<string, unknown> = {}) {
  return { id, type, receivedAt: "2026-11-26T00:00:00.000Z", payload };
}
