import type { ActionIO, AnnotationProperties } from "../action/io.js";
import { redactor } from "../redact.js";
import { stepOutputText } from "../terminal-text.js";

export type TerminalIOOptions = {
  inputs: Record<string, string>;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  color?: boolean;
  /** Print debug lines (match decisions, store operations, API calls). */
  debug?: boolean;
};

export type TerminalIO = ActionIO & {
  outputs: Map<string, string>;
  summaries: string[];
  failure?: string;
};

/** ActionIO for `flows github`: the action's code path, printed to a terminal. */
export function terminalIO(options: TerminalIOOptions): TerminalIO {
  const out = options.stdout ?? ((text: string) => process.stdout.write(text));
  const err = options.stderr ?? ((text: string) => process.stderr.write(text));
  const paint = (code: number, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[39m` : text);
  const where = (properties?: AnnotationProperties): string => {
    if (!properties?.file) return "";
    return `${[properties.file, properties.startLine, properties.startColumn].filter((x) => x !== undefined).join(":")}: `;
  };
  const io: TerminalIO = {
    outputs: new Map(),
    summaries: [],
    getInput: (name) => (options.inputs[name] ?? "").trim(),
    getBooleanInput(name) {
      const value = io.getInput(name);
      if (["true", "True", "TRUE"].includes(value)) return true;
      if (["false", "False", "FALSE"].includes(value)) return false;
      throw new TypeError(`Input "${name}" is "${value}"; expected true or false.`);
    },
    getMultilineInput: (name) =>
      io
        .getInput(name)
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    setOutput(name, value) {
      io.outputs.set(name, value);
    },
    setSecret(secret) {
      // The terminal's writers redact with the process's redactor (src/cli/main.ts).
      redactor.add(secret);
    },
    isDebug: () => options.debug === true,
    debug: (message) => {
      if (options.debug) err(`${paint(90, `debug: ${message}`)}\n`);
    },
    info: (message) => out(`${message}\n`),
    // Step output, line by line as `flows fire` prints it (colours kept when on, nothing else).
    plain: (text) => out(`${text.split("\n").map((line) => stepOutputText(line, options.color === true)).join("\n")}\n`),
    notice: (message, properties) => err(`${where(properties)}${paint(36, "notice")}: ${message}\n`),
    warning: (message, properties) => err(`${where(properties)}${paint(33, "warning")}: ${message}\n`),
    error: (message, properties) => err(`${where(properties)}${paint(31, "error")}: ${message}\n`),
    startGroup: (name) => out(`${paint(36, "▸")} ${name}\n`),
    endGroup: () => {},
    async appendSummary(markdown) {
      io.summaries.push(markdown);
    },
    setFailed(message) {
      io.failure = message;
      err(`${paint(31, "failed")}: ${message}\n`);
    },
  };
  return io;
}
