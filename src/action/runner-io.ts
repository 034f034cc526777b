import { appendFile } from "node:fs/promises";
import { EOL } from "node:os";
import type { ActionIO, AnnotationProperties } from "./io.js";

// The runner's workflow-command and file-command protocol, written directly rather than
// through @actions/core: core loads its HTTP client on import, which costs more than the
// whole cold-start budget of this action (see BENCHMARKS.md). Protocol reference:
// https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions

export type RunnerIOOptions = {
  env: NodeJS.ProcessEnv;
  write?: (text: string) => void;
};

/** ActionIO for a GitHub Actions runner. */
export function runnerIO({ env, write = (text) => process.stdout.write(text) }: RunnerIOOptions): ActionIO {
  const command = (name: string, message: string, properties: Record<string, string | number | undefined> = {}): void => {
    const props = Object.entries(properties)
      .filter(([, value]) => value !== undefined && value !== "")
      .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
      .join(",");
    write(`::${name}${props ? ` ${props}` : ""}::${escapeData(message)}${EOL}`);
  };
  return {
    getInput(name) {
      return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
    },
    async setOutput(name, value) {
      const file = env.GITHUB_OUTPUT;
      if (!file) {
        command("warning", `GITHUB_OUTPUT is not set, so output "${name}" was not written.`);
        return;
      }
      await appendFile(file, fileCommand(name, value), "utf8");
    },
    setSecret(value) {
      if (value) command("add-mask", value);
    },
    info(message) {
      write(`${message}${EOL}`);
    },
    warning(message, properties) {
      command("warning", message, annotationProperties(properties));
    },
    error(message, properties) {
      command("error", message, annotationProperties(properties));
    },
    startGroup(name) {
      command("group", name);
    },
    endGroup() {
      command("endgroup", "");
    },
    async appendSummary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY;
      if (!file) {
        write(`${markdown}${EOL}`);
        return;
      }
      await appendFile(file, `${markdown}${EOL}`, "utf8");
    },
    setFailed(message) {
      process.exitCode = 1;
      command("error", message);
    },
  };
}

/**
 * `name<<delimiter` form. The delimiter need not be secret, only absent from the value, which
 * is checked; so it comes from Math.random rather than node:crypto (costly to load).
 */
export function fileCommand(name: string, value: string): string {
  const fresh = (): string => `ghadelimiter_${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  let delimiter = fresh();
  while (value.includes(delimiter) || name.includes(delimiter)) delimiter = fresh();
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

function annotationProperties(properties: AnnotationProperties | undefined): Record<string, string | number | undefined> {
  if (!properties) return {};
  return { title: properties.title, file: properties.file, line: properties.startLine, col: properties.startColumn };
}

export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
