// The per-process singleton that ties the loaded description, the operation router and the
// schema validator together. Built lazily on the first server start; later servers reuse it.
import { OperationIndex } from "./operations.js";
import { SchemaValidator } from "./schema-validator.js";
import { cpuMsSince, loadGitHubSpec } from "./spec-document.js";

export interface SpecEngine {
  operations: OperationIndex;
  validator: SchemaValidator;
  timings: SpecTimings;
}

export interface SpecTimings {
  /** Reading + parsing + normalizing api.github.com.json. */
  loadMs: number;
  /** Building the operation index and registering the document with ajv. */
  indexMs: number;
  /**
   * CPU milliseconds of the load and the index. Both are synchronous, so this process's CPU time
   * meanwhile is theirs; unlike the wall clock, a busy machine does not stretch it (0.45 s of wall
   * clock alone took 5.0 s beside two busy loops and other test files).
   */
  cpuMs: number;
}

let engine: SpecEngine | undefined;

export function specEngine(): SpecEngine {
  if (engine) return engine;
  const { document, loadMs, loadCpuMs } = loadGitHubSpec();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const operations = new OperationIndex(document);
  const validator = new SchemaValidator(document);
  engine = { operations, validator, timings: { loadMs, indexMs: performance.now() - started, cpuMs: loadCpuMs + cpuMsSince(cpuBefore) } };
  return engine;
}
