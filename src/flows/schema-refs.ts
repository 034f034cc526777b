import { basename, dirname, resolve } from "node:path";
import { pathToFileURL } from "../file-url.js";
import type { Ajv as AjvCore, AnySchemaObject } from "ajv";
import { describeValue, isTable } from "./diagnostics.js";
import { type Draft, keywordsUsed, metaSchemaErrors, prepareToCompile } from "./schema-ajv.js";
import { checkSchemaDepth, checkSchemaExpansion, checkSchemaFileSize, isInside } from "./schema-budget.js";
import { describeSchemaErrors, positionOfPointer, positionOfRef, schemaDiagnostic } from "./schema-errors.js";
import { fileForUri, readSchemaFile, SchemaFileProblem, type SchemaFile, safeRead } from "./schema-files.js";

// Files a trigger schema's `$ref`s load, for src/flows/schemas.ts's SchemaRegistry.

/** What the registry is compiling, as the loader needs it. */
export type Compiling = {
  path: string;
  /** The instance compiling it, which also compiles what its `$ref`s load. */
  ajv: AjvCore;
  /** Whether that instance holds the draft's meta-schemas. */
  metaSchemas: boolean;
  declaredId?: string;
  logged: string[];
  /** The flow package: `$ref`s may not load files outside it. */
  root: string;
  /** Bytes of schema files read for this compile so far. */
  spent: number;
};

/** A file loaded by a `$ref` refers to a meta-schema, which the instance compiling it lacks. */
export class MetaSchemasNeeded extends Error {}

/**
 * ajv's loader for `$ref`s to other files, for the schema being compiled (`current`): read them
 * from disk, inside its flow package and within its byte budget, never from the network.
 */
export async function loadReferencedSchema(
uri: string,
draft: Draft,
current: Compiling | undefined,
): Promise<AnySchemaObject> {
  const referrer = current?.path ?? "the schema";
  const file = current ? fileForUri(uri, current.path, current.declaredId) : undefined;
  if (!file) {
    throw new SchemaFileProblem(
      schemaDiagnostic(
        referrer,
        `$ref to ${uri} cannot be followed: only files next to the schema are loaded, never URLs. ` +
          "Copy that schema into the package and refer to it by a relative path.",
        current
          ? positionOfRef(await safeRead(current.path), (ref) =>
              uri.endsWith(ref.split("#")[0] ?? "\0"),
            )
          : undefined,
      ),
    );
  }
  if (current && !isInside(current.root, file)) {
    throw new SchemaFileProblem(
      schemaDiagnostic(
        referrer,
        `$ref to ${file} leaves the flow package (${current.root}): only files inside the package are loaded. ` +
          "Copy that schema into the package and refer to it by a relative path.",
        positionOfRef(await safeRead(current.path), (ref) => refNames(ref, uri, file, current.path)),
      ),
    );
  }
  if (current) current.spent += checkSchemaFileSize(file, current.spent);
  let loaded: SchemaFile;
  try {
    loaded = await readSchemaFile(file, referrer);
  } catch (error) {
    if (error instanceof SchemaFileProblem && current && error.diagnostic.file === referrer) {
      const text = await safeRead(current.path);
      const at = positionOfRef(
        text,
        (ref) => ref.split("#")[0] !== "" && basename(ref.split("#")[0] ?? "") === basename(file),
      );
      throw new SchemaFileProblem(
        schemaDiagnostic(
          referrer,
          `$ref points to ${file}, which does not exist. Create that file or fix the $ref (it is relative to ${dirname(referrer)}).`,
          at,
        ),
      );
    }
    throw error;
  }
  if (!isTable(loaded.value)) {
    throw new SchemaFileProblem(
      schemaDiagnostic(
        file,
        `schema is ${describeValue(loaded.value)}; expected a JSON object (referenced by a $ref in ${referrer}).`,
        { line: 1, column: 1 },
      ),
    );
  }
  const schema: AnySchemaObject = loaded.value;
  checkSchemaDepth(schema);
  checkSchemaExpansion(schema);
  // A referenced file is checked with the referring schema's draft, here rather than by ajv
  // (whose instances do not check schemas: see createAjv), and reported in its own file.
  delete schema.$schema;
  const metaErrors = await metaSchemaErrors(draft, schema);
  if (metaErrors !== undefined) {
    throw new SchemaFileProblem(
      schemaDiagnostic(
        file,
        `schema is invalid: ${describeSchemaErrors(metaErrors)} (referenced by a $ref in ${referrer}). Fix it to follow JSON Schema ${draft}.`,
        positionOfPointer(loaded.text, metaErrors[0]?.instancePath ?? ""),
      ),
    );
  }
  if (typeof schema.$id !== "string") schema.$id = pathToFileURL(file).href;
  if (current) {
    const uses = keywordsUsed(schema);
    if (uses.metaSchemas && !current.metaSchemas) throw new MetaSchemasNeeded();
    await prepareToCompile(current.ajv, uses);
  }
  return schema;
}

/** Whether the `$ref` text `ref` in the schema at `from` is the one that led to `file`. */
function refNames(ref: string, uri: string, file: string, from: string): boolean {
  const target = ref.split("#")[0] ?? "";
  if (target === "") return false;
  if (target === uri.split("#")[0]) return true;
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && resolve(dirname(from), target) === file;
}
