import { fileProblem } from "./file-problem.js";
import { dirname, posix, resolve } from "node:path";
import { fileURLToPath } from "../file-url.js";
import type { FlowDiagnostic } from "../contracts.js";
import { readTextFile } from "../fs-async.js";
import { parseJsonText } from "../json-text.js";
import { schemaDiagnostic } from "./schema-errors.js";
import { UserError } from "../user-error.js";
import { invalidUtf8, invalidUtf8Message } from "./utf8-check.js";

/** A problem in a schema file or its `$ref`s, thrown through ajv and caught by the registry. */
export class SchemaFileProblem extends UserError {
  constructor(readonly diagnostic: FlowDiagnostic) {
    super(diagnostic.message);
  }
}

export type SchemaFile = { text: string; value: unknown };

export async function readSchemaFile(path: string, referencedBy?: string): Promise<SchemaFile> {
  return parseSchemaText(path, await readSchemaText(path, referencedBy), referencedBy);
}

/** A schema file's text (without a byte order mark), checked to be UTF-8; SchemaFileProblem when it cannot be read or is not. */
export async function readSchemaText(path: string, referencedBy?: string): Promise<string> {
  const from = referencedBy ? ` (referenced by a $ref in ${referencedBy})` : "";
  let text: string;
  try {
    // checkSchemaFileSize refused a FIFO or device before this read (schemas.ts, schema-refs.ts).
    text = (await readTextFile(path)).replace(/^\uFEFF/, "");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const { problem, hint } = fileProblem(path, code, "file");
    throw new SchemaFileProblem(
      schemaDiagnostic(
        referencedBy ?? path,
        `schema file ${path} ${problem}${from}. ${code === "ENOENT" ? "Create it or fix the reference." : hint}`,
      ),
    );
  }
  const notUtf8 = invalidUtf8(path, text);
  if (notUtf8) {
    const { line, column } = notUtf8;
    throw new SchemaFileProblem(schemaDiagnostic(path, invalidUtf8Message("schema", notUtf8, "JSON", from), { line, column }));
  }
  return text;
}

/** A schema file's text (readSchemaText's) parsed as JSON; SchemaFileProblem when it is not JSON. */
export function parseSchemaText(path: string, text: string, referencedBy?: string): SchemaFile {
  const from = referencedBy ? ` (referenced by a $ref in ${referencedBy})` : "";
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const position =
      parsed.line === undefined ? undefined : { line: parsed.line, column: parsed.column ?? 1 };
    throw new SchemaFileProblem(
      schemaDiagnostic(
        path,
        `schema is not valid JSON: ${parsed.message}${from}. Fix the JSON syntax.`,
        position,
      ),
    );
  }
  return { text, value: parsed.value };
}

export /** Maps a `$ref` target to a file: `file:` URIs directly, same-origin URLs by their path. */
function fileForUri(
  uri: string,
  rootPath: string,
  declaredId: string | undefined,
): string | undefined {
  const target = new URL(uri);
  if (target.protocol === "file:") return fileURLToPath(target);
  if (!declaredId) return undefined;
  const base = new URL(declaredId);
  if (base.origin !== target.origin) return undefined;
  const relativePath = posix.relative(posix.dirname(base.pathname), target.pathname);
  return resolve(dirname(rootPath), relativePath);
}

export async function safeRead(path: string): Promise<string> {
  try {
    return await readTextFile(path);
  } catch {
    return "";
  }
}
