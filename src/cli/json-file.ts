import { readFile } from "node:fs/promises";

export class InputFileError extends Error {
  override name = "InputFileError";
}

/** Read a JSON file; a bad file is an error that names the path, line and column. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputFileError(
      code === "ENOENT" ? `${what} file ${path} does not exist.` : `${what} file ${path} cannot be read (${code ?? String(error)}).`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? lineAndColumn(text, Number(position[1])) : "";
    throw new InputFileError(`${path}${where}: ${what} is not valid JSON: ${message}`);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `:${line}:${column}`;
}
