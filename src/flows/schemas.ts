import { resolve } from "node:path";
import { pathToFileURL } from "../file-url.js";
import type { Ajv as AjvCore, AnySchemaObject, Logger } from "ajv";
import type { FlowDiagnostic } from "../contracts.js";
import { describeValue, isTable } from "./diagnostics.js";
import {
  createAjv,
  type Draft,
  draftOf,
  type KeywordsUsed,
  keywordsUsed,
  metaSchemaErrors,
  prepareToCompile,
} from "./schema-ajv.js";
import {
  describeSchemaErrors,
  positionOfPointer,
  refProblem,
  schemaDiagnostic,
} from "./schema-errors.js";
import {
  checkSchemaDepth,
  checkSchemaExpansion,
  checkSchemaFileSize,
  findInPlaceRefCycle,
  packageRootOf,
  SchemaBudgetProblem,
} from "./schema-budget.js";
import { type Compiling, loadReferencedSchema, MetaSchemasNeeded } from "./schema-refs.js";
import { configuredSchemaCache, type SchemaCacheOptions } from "./schema-cache-config.js";
import { compileProblem, guardedCheck, loggedWarning } from "./schema-problems.js";
import type { CompiledSchema, KeptFile, SchemaRegistryOptions, SharedCompile } from "./schema-types.js";
import { parseSchemaText, readSchemaText, SchemaFileProblem } from "./schema-files.js";
import { keywordTypoWarnings } from "./schema-keyword-typos.js";
import { laterDraftKeywordWarnings } from "./schema-later-keywords.js";
import { keep, keptFor } from "./kept-by-text.js";

export { isAjvLoaded } from "./schema-ajv.js";
export { MAX_KEPT_FILE_CHARS } from "./kept-by-text.js";
export type { CompiledSchema, KeptFile, SchemaCheck, SchemaRegistryOptions, SharedCompile } from "./schema-types.js";

/**
 * Compiles flow trigger schemas with ajv, once per file per registry (cache by absolute path).
 * Draft-07 by default, 2019-09/2020-12 by `$schema`; `$ref`s to sibling files are read from disk
 * relative to the referring file. Never throws: a bad schema is a CompiledSchema with ok=false.
 */
export class SchemaRegistry {
  private readonly compiled = new Map<string, Promise<CompiledSchema>>();
  /** Instances by draft, and whether they hold the meta-schemas (`draft-07+meta`). */
  private readonly instances = new Map<string, Promise<AjvCore>>();
  private queue: Promise<unknown> = Promise.resolve();
  /** The file being compiled: compiles run one at a time so ajv's logger and loader know it. */
  private current: Compiling | undefined;
  /** Problems met while checking payloads (a check that overflowed the stack), by schema path. */
  private readonly checkProblems = new Map<string, FlowDiagnostic>();
  /** Validators by content, for files that are copies of one self-contained schema. */
  private readonly shared: Map<string, SharedCompile>;
  /** Self-contained files compiled by earlier registries of this process, by path and text. */
  private readonly files: Map<string, KeptFile> | undefined;
  private ajvCompiles = 0;
  private keptFileHits = 0;
  private cacheHits = 0;
  private metaChecks = 0;

  constructor(private readonly options: SchemaRegistryOptions = {}) {
    this.shared = options.sharedCompiles ?? new Map();
    // Kept across commands, and so bounded: a daemon fed ever-changing schemas starts over.
    if (this.shared.size > MAX_SHARED_COMPILES) this.shared.clear();
    this.files = options.keptFiles;
  }

  /** Number of schema files this registry took as an earlier registry compiled them (unchanged, not parsed again). */
  get keptFileHitCount(): number {
    return this.keptFileHits;
  }

  /** Number of validators this registry took from the compiled-schema cache. */
  get cacheHitCount(): number {
    return this.cacheHits;
  }

  private get cache(): SchemaCacheOptions | undefined {
    const { cache } = this.options;
    return typeof cache === "function" ? cache() : cache;
  }

  /** Number of distinct schema files this registry has compiled or tried to compile. */
  get compiledCount(): number {
    return this.compiled.size;
  }

  /** Number of schemas this registry has checked against their draft's meta-schema. */
  get metaCheckCount(): number {
    return this.metaChecks;
  }

  /** Number of times this registry has asked ajv to compile a schema (copies share one). */
  get ajvCompileCount(): number {
    return this.ajvCompiles;
  }

  /**
   * What is wrong with a schema, for the dispatch to report beside the step's mismatch: its
   * compile error, or the problem a payload check met. Empty for a usable schema.
   */
  async problemsOf(schemaPath: string): Promise<FlowDiagnostic[]> {
    const path = resolve(schemaPath);
    const entry = this.compiled.get(path);
    const compiled = entry ? await entry : undefined;
    const problems = compiled && !compiled.ok ? [compiled.diagnostic] : [];
    const checked = this.checkProblems.get(path);
    return checked ? [...problems, checked] : problems;
  }

  compile(schemaPath: string): Promise<CompiledSchema> {
    const path = resolve(schemaPath);
    let entry = this.compiled.get(path);
    if (!entry) {
      const task = (): Promise<CompiledSchema> => this.compileNow(path);
      const run = this.queue.then(task, task);
      this.queue = run;
      entry = run;
      this.compiled.set(path, entry);
    }
    return entry;
  }

  private async compileNow(path: string): Promise<CompiledSchema> {
    const warnings: FlowDiagnostic[] = [];
    let text = "";
    try {
      const spent = checkSchemaFileSize(path, 0);
      text = await readSchemaText(path);
      // The same file, unchanged, compiled by an earlier command of this process (`flows daemon`):
      // its validator and warnings, without parsing and walking it again.
      const kept = keptFor(this.files, path, text);
      if (kept) {
        this.keptFileHits += 1;
        return this.compiledFrom(path, text, kept.shared, [...kept.warnings]);
      }
      const file = parseSchemaText(path, text);
      const schema = file.value;
      if (typeof schema === "boolean") {
        const validate = (await this.instance("draft-07")).compile(schema);
        const check = guardedCheck(path, validate, (problem) => this.checkProblems.set(path, problem));
        return { ok: true, schemaPath: path, check, warnings };
      }
      checkSchemaDepth(schema);
      checkSchemaExpansion(schema);
      const cycle = findInPlaceRefCycle(schema);
      if (cycle !== undefined) {
        const message =
          "schema refers back to itself without stepping into the payload (a $ref cycle through " +
          `${cycle || "the root"}), so checking any payload would recurse forever. Make the $ref point at a ` +
          "subschema that describes a property or item, or remove it.";
        return this.failed(path, schemaDiagnostic(path, message, positionOfPointer(text, `${cycle}/$ref`)), warnings);
      }
      if (!isTable(schema)) {
        const message = `schema is ${describeValue(schema)}; expected a JSON object (a JSON Schema). Start the file with {.`;
        return this.failed(path, schemaDiagnostic(path, message, { line: 1, column: 1 }), warnings);
      }
      const declared = typeof schema.$schema === "string" ? schema.$schema : undefined;
      let draft = declared === undefined ? "draft-07" : draftOf(declared);
      if (!draft) {
        warnings.push(
          schemaDiagnostic(
            path,
            `$schema "${declared}" is not supported, so the schema is checked as draft-07. ` +
              'Set $schema to "http://json-schema.org/draft-07/schema#" or ' +
              '"https://json-schema.org/draft/2020-12/schema".',
            positionOfPointer(file.text, "/$schema"),
            "warning",
          ),
        );
        draft = "draft-07";
        delete schema.$schema;
      }
      if (draft === "draft-07") warnings.push(...laterDraftKeywordWarnings(path, file.text, schema, declared));
      warnings.push(...keywordTypoWarnings(path, file.text, schema));
      return await this.compileObject({ path, text: file.text, spent, warnings }, schema, draft);
    } catch (error) {
      return this.failed(path, compileProblem(path, text, error), warnings);
    }
  }

  private async compileObject(
    file: { path: string; text: string; spent: number; warnings: FlowDiagnostic[] },
    schema: AnySchemaObject,
    draft: Draft,
  ): Promise<CompiledSchema> {
    const { path, text, warnings } = file;
    // The schema without $schema: its draft says what $schema did.
    const { $schema: _declared, ...content } = schema;
    const uses = keywordsUsed(content);
    const key = uses.localRefsOnly ? `${draft}\0${JSON.stringify(content)}` : undefined;
    // A schema compiled before, in this process or (cached) in an earlier one, passed the
    // meta-schema check below then, and that check depends on nothing but the key (the draft and
    // the content): a hit skips the check and ajv's compile. Every check before this one has run.
    const copy = key === undefined ? undefined : this.shared.get(key);
    if (copy) return this.keptFrom(path, text, copy, warnings);
    // Only a schema that is all in its file (and names no meta-schema) is cached: its content
    // is all its key needs.
    const cache = key !== undefined && !uses.metaSchemas ? this.cache : undefined;
    const cached = cache && key !== undefined ? await this.fromCache(cache, key) : undefined;
    if (cached) return this.keptFrom(path, text, cached, warnings);
    this.metaChecks += 1;
    const metaErrors = await metaSchemaErrors(draft, schema);
    if (metaErrors !== undefined) {
      const message = `schema is invalid: ${describeSchemaErrors(metaErrors)}. Fix it to follow JSON Schema ${draft}.`;
      const diagnostic = schemaDiagnostic(path, message, positionOfPointer(text, metaErrors[0]?.instancePath ?? ""));
      return { ok: false, schemaPath: path, diagnostic, warnings, metaSchemaInvalid: true };
    }
    // Checked above, and ajv would compile the meta-schema it names (about 30 ms) to check it again.
    delete schema.$schema;
    const declaredId = typeof schema.$id === "string" ? schema.$id : undefined;
    const compiled = await this.compileWith({ ...file, declaredId }, schema, draft, uses);
    if (compiled.ok && key !== undefined) this.shared.set(key, compiled.shared);
    if (compiled.ok && cache && key !== undefined && compiled.ajv) {
      const { schemaCacheKey, writeCachedValidator } = await import("./schema-cache.js");
      const { validate, logged } = compiled.shared;
      await writeCachedValidator(cache, schemaCacheKey(key), compiled.ajv, validate, logged);
    }
    if (!compiled.ok) return compiled.failed;
    return key === undefined ? this.compiledFrom(path, text, compiled.shared, warnings) : this.keptFrom(path, text, compiled.shared, warnings);
  }

  /** compiledFrom for a self-contained schema, which is kept by its path and text too (when this registry keeps files). */
  private keptFrom(path: string, text: string, compiled: SharedCompile, warnings: FlowDiagnostic[]): CompiledSchema {
    keep(this.files, path, text, { shared: compiled, warnings: [...warnings] });
    return this.compiledFrom(path, text, compiled, warnings);
  }

  private async fromCache(cache: SchemaCacheOptions, key: string): Promise<SharedCompile | undefined> {
    const { readCachedValidator, schemaCacheKey } = await import("./schema-cache.js");
    const cached = await readCachedValidator(cache, schemaCacheKey(key));
    if (!cached) return undefined;
    this.cacheHits += 1;
    this.shared.set(key, cached);
    return cached;
  }

  /**
   * ajv's compile, on an instance with the draft's meta-schemas when the schema or a file it
   * loads refers to one (found while loading: then the compile starts again on such an instance).
   */
  private async compileWith(
    file: { path: string; text: string; spent: number; warnings: FlowDiagnostic[]; declaredId: string | undefined },
    schema: AnySchemaObject,
    draft: Draft,
    uses: KeywordsUsed,
  ): Promise<{ ok: true; shared: SharedCompile; ajv?: AjvCore } | { ok: false; failed: CompiledSchema }> {
    const { path, text, warnings, declaredId } = file;
    const id = declaredId ?? pathToFileURL(path).href;
    schema.$id = id;
    let ajv = await this.instance(draft, uses.metaSchemas);
    // Two packages may ship different schemas with the same $id; ajv refuses a second schema
    // under a known id, so such a schema gets an instance of its own.
    const idKey = id.replace(/#$/, "");
    if (ajv.schemas[idKey] || ajv.refs[idKey]) ajv = await this.createInstance(draft, uses.metaSchemas);
    await prepareToCompile(ajv, uses);

    this.current = {
      path,
      ajv,
      metaSchemas: uses.metaSchemas,
      logged: [],
      root: packageRootOf(path),
      spent: file.spent,
      ...(declaredId ? { declaredId } : {}),
    };
    this.ajvCompiles += 1;
    try {
      const validate = await ajv.compileAsync(schema);
      return { ok: true, shared: { validate, logged: this.current.logged }, ajv };
    } catch (error) {
      try {
        ajv.removeSchema(idKey);
      } catch {
        // Nothing was registered under the id; there is nothing to undo.
      }
      this.current = undefined;
      if (error instanceof MetaSchemasNeeded) {
        return this.compileWith(file, schema, draft, { ...uses, metaSchemas: true, patterns: true, formats: true });
      }
      if (error instanceof SchemaFileProblem || error instanceof SchemaBudgetProblem || error instanceof RangeError) {
        return { ok: false, failed: this.failed(path, compileProblem(path, text, error), warnings) };
      }
      return { ok: false, failed: this.failed(path, refProblem(path, text, error), warnings) };
    } finally {
      this.current = undefined;
    }
  }

  private compiledFrom(path: string, text: string, compiled: SharedCompile, warnings: FlowDiagnostic[]): CompiledSchema {
    for (const message of new Set(compiled.logged)) warnings.push(loggedWarning(path, text, message));
    const check = guardedCheck(path, compiled.validate, (problem) => this.checkProblems.set(path, problem));
    return { ok: true, schemaPath: path, check, warnings };
  }

  private failed(
    path: string,
    diagnostic: FlowDiagnostic,
    warnings: FlowDiagnostic[],
  ): CompiledSchema {
    return { ok: false, schemaPath: path, diagnostic, warnings };
  }

  private instance(draft: Draft, metaSchemas = false): Promise<AjvCore> {
    const key = metaSchemas ? `${draft}+meta` : draft;
    let pending = this.instances.get(key);
    if (!pending) {
      pending = this.createInstance(draft, metaSchemas);
      this.instances.set(key, pending);
    }
    return pending;
  }

  private createInstance(draft: Draft, metaSchemas: boolean): Promise<AjvCore> {
    const logger: Logger = {
      log: () => undefined,
      warn: (...args: unknown[]) => this.current?.logged.push(args.map(String).join(" ")),
      error: (...args: unknown[]) => this.current?.logged.push(args.map(String).join(" ")),
    };
    return createAjv(draft, {
      logger,
      loadSchema: (uri) => loadReferencedSchema(uri, draft, this.current),
      metaSchemas,
      source: this.cache !== undefined,
    });
  }
}

/** Self-contained validators kept across commands at most; past it the map starts over. */
const MAX_SHARED_COMPILES = 512;

let shared: SchemaRegistry | undefined;
/** Validators of self-contained schemas by content, and their files by path and text, kept across forgetSharedSchemaRegistry() once asked to. */
let keptCompiles: Map<string, SharedCompile> | undefined;
let keptFiles: Map<string, KeptFile> | undefined;

/**
 * The next sharedSchemaRegistry() is a new one: schema files may have changed (a process that
 * runs command after command, `flows daemon`). With `keepSelfContained`, the validators of
 * self-contained schemas (every `$ref` within the file, no nested `$id`: the draft and the
 * content are all their checks depend on) are kept by content for the registries after it, so an
 * unchanged schema is not compiled or read from the cache again, and an edited one is new content.
 */
export function forgetSharedSchemaRegistry(options: { keepSelfContained?: boolean } = {}): void {
  shared = undefined;
  keptCompiles = options.keepSelfContained ? (keptCompiles ?? new Map()) : undefined;
  keptFiles = options.keepSelfContained ? (keptFiles ?? new Map()) : undefined;
}

/** The process-wide registry matchSteps uses when none is passed. */
export function sharedSchemaRegistry(): SchemaRegistry {
  shared ??= new SchemaRegistry({ cache: configuredSchemaCache, ...(keptCompiles ? { sharedCompiles: keptCompiles } : {}), ...(keptFiles ? { keptFiles } : {}) });
  return shared;
}
