import { AnnotationBudget, type AnnotationKind, failureWithLogged, logPrefix, overflowNote, placePrefix } from "../../src/action/annotation-budget.js";
import type { ActionIO, AnnotationProperties } from "../../src/action/io.js";
import { COMMAND_LIKE_LINE } from "../../src/action/runner.js";

/**
 * An ActionIO that records what the action told the runner: outputs, the summary, the
 * failure, and the log in the runner's own line format (`::group::`, `::warning file=..::`),
 * with plain text (step output) between `::stop-commands::` and its resume line, as
 * runnerIO writes it.
 */
export type FakeIO = ActionIO & {
  inputs: Record<string, string>;
  outputs: Record<string, string>;
  summary: string;
  log: string[];
  failed?: string;
  secrets: string[];
};

export function fakeIO(inputs: Record<string, string> = {}, options: { debug?: boolean } = {}): FakeIO {
  let inert: string | undefined;
  let tokens = 0;
  const line = (text: string): void => {
    if (inert) {
      io.log.push(`::${inert}::`);
      inert = undefined;
    }
    io.log.push(text);
  };
  const command = (name: string, message: string, properties?: AnnotationProperties): void => {
    const props = properties
      ? Object.entries({ title: properties.title, file: properties.file, line: properties.startLine, col: properties.startColumn })
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => `${key}=${value}`)
          .join(",")
      : "";
    line(`::${name}${props ? ` ${props}` : ""}::${message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}`);
  };
  // As runnerIO: GitHub's per-step annotation limit, the rest in the log.
  const budget = new AnnotationBudget();
  const annotate = (kind: AnnotationKind, message: string, properties?: AnnotationProperties): void => {
    const slot = budget.take(kind);
    if (slot === "note") command(kind, overflowNote(kind));
    if (slot === "show") command(kind, message, properties);
    else io.info(`${logPrefix(kind)} ${placePrefix(properties)}${message}`);
  };
  const io: FakeIO = {
    inputs,
    outputs: {},
    summary: "",
    log: [],
    secrets: [],
    getInput: (name) => (inputs[name] ?? "").trim(),
    getBooleanInput(name) {
      const value = io.getInput(name);
      if (["true", "True", "TRUE"].includes(value)) return true;
      if (["false", "False", "FALSE"].includes(value)) return false;
      throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}`);
    },
    // As the runner names their variables: INPUT_<NAME>, spaces as _.
    givenInputs: () => Object.keys(inputs).map((name) => name.replace(/ /g, "_").toUpperCase()),
    getMultilineInput: (name) =>
      io
        .getInput(name)
        .split("\n")
        .map((each) => each.trim())
        .filter(Boolean),
    setOutput(name, value) {
      io.outputs[name] = value;
    },
    setSecret(value) {
      io.secrets.push(value);
      command("add-mask", value);
    },
    isDebug: () => options.debug === true,
    debug: (message) => command("debug", message),
    // As runnerIO: a message with a line the runner would take for a command is printed as plain text.
    info: (message) => (COMMAND_LIKE_LINE.test(message) ? io.plain(message) : line(message)),
    plain(text) {
      if (!inert) {
        tokens += 1;
        inert = `fake-token-${tokens}`;
        io.log.push(`::stop-commands::${inert}`);
      }
      io.log.push(...text.split("\n"));
    },
    notice: (message, properties) => annotate("notice", message, properties),
    warning: (message, properties) => annotate("warning", message, properties),
    error: (message, properties) => annotate("error", message, properties),
    annotationsLeft: (kind) => budget.left(kind),
    startGroup: (name) => command("group", name),
    endGroup: () => command("endgroup", ""),
    async appendSummary(markdown) {
      io.summary += `${markdown}\n`;
    },
    setFailed(message) {
      io.failed = failureWithLogged(message, budget.loggedErrors);
      command("error", io.failed);
    },
  };
  return io;
}
