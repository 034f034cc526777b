import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach } from "vitest";
import type { FlowEvent } from "../../src/contracts.js";
import type { SchemaCacheOptions } from "../../src/flows/schema-cache-config.js";

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures/flows");

/** A temp folder for one test; call `cleanup` in afterEach. */
export type TempRepo = { root: string; cleanup: () => Promise<void> };

export async function makeTempRepo(): Promise<TempRepo> {
  const root = await mkdtemp(join(tmpdir(), "flows-test-"));
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** A compiled-schema cache whose debug lines are kept. */
export type CacheWithLines = SchemaCacheOptions & { lines: string[] };

/** Before each test, a new temp repository with a schema cache folder in it (given to `use`); removed after. */
export function eachTestRepoWithCache(use: (repo: TempRepo, cache: CacheWithLines) => void): void {
  let current: TempRepo | undefined;
  beforeEach(async () => {
    current = await makeTempRepo();
    const lines: string[] = [];
    use(current, { dir: join(current.root, "cache"), debug: (line) => lines.push(line), lines });
  });
  afterEach(async () => {
    await current?.cleanup();
  });
}

/** Writes `{ "relative/path": contents }` under `root`, creating folders. */
export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, contents] of Object.entries(files)) {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
}

/** Copies a fixture package from test/fixtures/flows/packages into `root/<into>`. */
export async function copyPackage(name: string, root: string, into: string): Promise<string> {
  const target = join(root, into);
  await cp(join(FIXTURES, "packages", name), target, { recursive: true });
  return target;
}

export type SimpleStep = {
  name: string;
  type?: string;
  schema?: string;
  runner?: string;
};

/** A minimal valid package: flow.toml, a script per step, and no schema files. */
export async function writeSimplePackage(
  root: string,
  folder: string,
  options: { name: string; version?: number; steps?: SimpleStep[] },
): Promise<void> {
  const steps = options.steps ?? [{ name: "run", type: "upstream.release" }];
  const lines = [`name = "${options.name}"`, `version = ${options.version ?? 1}`, ""];
  for (const step of steps) {
    lines.push("[[steps]]", `name = "${step.name}"`, `runner = "${step.runner ?? "bun"}"`);
    lines.push('script = "exec/run.ts"', "");
    if (step.type !== undefined) {
      lines.push("[steps.trigger]", `type = "${step.type}"`);
      if (step.schema !== undefined) lines.push(`schema = "${step.schema}"`);
      lines.push("");
    }
  }
  await writeFiles(join(root, folder), {
    "flow.toml": lines.join("\n"),
    "exec/run.ts": 'console.log("FLOW_RESULT {\\"status\\":\\"completed\\"}");\n',
  });
}

export function releaseEvent(payload: Record<string, unknown> = {}): FlowEvent {
  return {
    id: "patch:upstream.release:openai/codex:rust-v1.2.3",
    type: "upstream.release",
    receivedAt: "2025-06-01T12:00:00.000Z",
    payload: {
      provider: "github",
      repo: "openai/codex",
      tag: "rust-v1.2.3",
      url: "https://github.com/openai/codex/releases/tag/rust-v1.2.3",
      publishedAt: "2025-06-01T11:59:00Z",
      ...payload,
    },
  };
}

const COMPLETED_SCRIPT = 'console.log(\'FLOW_RESULT {"status":"completed"}\');\n';

/**
 * A package in flows/<folder> whose one step triggers on upstream.release with `ifLines` (the
 * whole `if = ...` text) on line 11, or on line 14 after a `[config]` of `channel = "stable"`.
 * Returns the manifest's path.
 */
export async function writeConditionPackage(root: string, folder: string, ifLines: string, options: { config?: boolean } = {}): Promise<string> {
  const toml = [
    `name = "${folder}"`,
    "version = 1",
    "",
    ...(options.config ? ["[config]", 'channel = "stable"', ""] : []),
    "[[steps]]",
    'name = "regen"',
    'runner = "bun"',
    'script = "exec/run.ts"',
    "",
    "[steps.trigger]",
    'type = "upstream.release"',
    ifLines,
    "",
  ].join("\n");
  await writeFiles(root, { [`flows/${folder}/flow.toml`]: toml, [`flows/${folder}/exec/run.ts`]: COMPLETED_SCRIPT });
  return join(root, "flows", folder, "flow.toml");
}
