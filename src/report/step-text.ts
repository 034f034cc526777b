// What a step printed, made readable for the summary and check runs. Bun (like other tools)
// prints GitHub workflow commands when it sees GITHUB_ACTIONS, e.g. an uncaught error as
// `::error file=exec/s.ts,line=3,col=1,title=TypeError: ...::%0A      at ...`. The runner never
// runs them (step output is shown as plain text, see action/runner.ts), so a report shows them
// decoded: `error (exec/s.ts:3:1): TypeError: ...` and the message on its own lines.

// The lookahead reads the line once for a line terminator `.` does not match (`\r`, U+2028,
// U+2029): without it, a line of `::a ` and 32,000 `::` ending in U+2028 tried the end from each
// `::` and took 6 s (128,000 of them, 90 s). It matches where the pattern could anyway.
export const COMMAND_LINE = /^(\s*)::(?=[^\n\r\u2028\u2029]*$)([a-z][a-z-]*)(?: (.*?))?::(.*)$/;
// Tools do not always escape `,` and `:` in property values, so a property starts only at a
// known key.
const PROPERTY_START = /,(?=(?:file|line|col|endLine|endColumn|title)=)/;

function decode(value: string): string {
  return value.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%3A/gi, ":").replace(/%2C/gi, ",").replace(/%25/g, "%");
}

/** Each workflow-command line of a step's text, decoded into what it says. */
export function readableStepText(text: string): string {
  if (!text.includes("::")) return text;
  return text
    .split("\n")
    .map((line) => {
      const match = COMMAND_LINE.exec(line);
      if (!match) return line;
      const [, indent = "", name = "", rawProperties = "", data = ""] = match;
      const properties = new Map(
        rawProperties
          .split(PROPERTY_START)
          .filter(Boolean)
          .map((pair) => {
            const at = pair.indexOf("=");
            return [pair.slice(0, at), decode(pair.slice(at + 1))] as const;
          }),
      );
      const where = [properties.get("file"), properties.get("line"), properties.get("col")].filter(Boolean).join(":");
      const title = properties.get("title");
      const message = decode(data).replace(/^\n+/, "");
      const head = `${indent}${name}${where ? ` (${where})` : ""}${title ? `: ${title}` : ""}`;
      return message ? `${head}${title ? "\n" : ": "}${message}` : head;
    })
    .join("\n");
}

/**
 * A failed run's error without the last lines of output the runner appended to it, when the
 * output tail shown next to it holds those lines anyway: the report shows them once.
 */
export function errorBesideOutput(error: string, output: string | undefined): string {
  const at = error.indexOf("\nLast lines of ");
  if (at < 0 || !output) return error;
  const tail = error.slice(error.indexOf("\n", at + 1) + 1).split("\n");
  const shown = new Set(output.split("\n"));
  return tail.every((line) => line.trim() === "" || shown.has(line)) ? `${error.slice(0, at)} (its output is below)` : error;
}
