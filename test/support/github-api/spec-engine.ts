// The per-process singleton that ties the loaded description, the operation router and the
// schema validator together. Built lazily on the first server start; later servers reuse it.
import { OperationIndex } from "./operations.js";
import { SchemaValidator } from "./schema-validator.js";
import { loadGitHubSpec } from "./spec-document.js";

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
}

let engine: SpecEngine | undefined;

export function specEngine(): SpecEngine {
  if (engine) return engine;
  const { document, loadMs } = loadGitHubSpec();
  const started = performance.now();
  const operations = new OperationIndex(document);
  const validator = new SchemaValidator(document);
  engine = { operations, validator, timings: { loadMs, indexMs: performance.now() - started } };
  return engine;
}
