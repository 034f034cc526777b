import { refuseControlCharacters } from "../events/pass-through.js";
import { readTextFile } from "../fs-async.js";
import { parseJsonText } from "../json-text.js";
import { UserError } from "../user-error.js";

export class InputFileError extends UserError {
  override name = "InputFileError";
}

/** Read a JSON file; a bad file is an error that names the path, line and column. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputFileError(
      code === "ENOENT" ? `${what} file ${path} does not exist.` : `${what} file ${path} cannot be read (${code ?? String(error)}).`,
    );
  }
  const parsed = parseJsonText(text);
  if (parsed.ok) return parsed.value;
  const where = parsed.line === undefined ? "" : `:${parsed.line}:${parsed.column ?? 1}`;
  throw new InputFileError(`${path}${where}: ${what} is not valid JSON: ${parsed.message}.`);
}

/**
 * Read a FlowEvent file. Its id and type are checked as the action checks a FlowEvent handed in
 * (no control characters, the same message); the rest of its shape is checked by dispatch.
 */
export async function readEventFile(path: string): Promise<unknown> {
  const value = await readJsonFile(path, "The event");
  refuseControlCharacters(value, `the event file ${path}`);
  return value;
}
