// Reads a job log the way the Actions runner does: a line that starts with `::name` is a
// workflow command, except between `::stop-commands::<token>` and `::<token>::`, where
// nothing but the resume line is one.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands

export type RunnerCommand = { name: string; properties: string; data: string; line: number };

const COMMAND = /^::([^\s:]+)(?: ([^:]*))?::(.*)$/;

/** The workflow commands the runner would run from this log, in order (stop/resume excluded). */
export function commandsTheRunnerRuns(log: string): RunnerCommand[] {
  const commands: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const [index, raw] of log.split(/\r?\n/).entries()) {
    const match = COMMAND.exec(raw.trimStart());
    if (!match) continue;
    const [, name = "", properties = "", data = ""] = match;
    if (stopToken !== undefined) {
      if (name === stopToken) stopToken = undefined;
      continue;
    }
    if (name === "stop-commands") {
      stopToken = data;
      continue;
    }
    commands.push({ name, properties, data, line: index });
  }
  return commands;
}

export type LogGroup = { name: string; lines: string[] };

/**
 * The log's groups as the runner shows them. Throws when a group opens inside another or
 * closes when none is open: the runner cannot show either.
 */
export function groupsOf(log: string): LogGroup[] {
  const groups: LogGroup[] = [];
  let open: LogGroup | undefined;
  let stopToken: string | undefined;
  for (const raw of log.split(/\r?\n/)) {
    const match = COMMAND.exec(raw.trimStart());
    const name = match?.[1];
    if (stopToken !== undefined) {
      if (name === stopToken) stopToken = undefined;
      else open?.lines.push(raw);
      continue;
    }
    if (name === "stop-commands") {
      stopToken = match?.[3];
    } else if (name === "group") {
      if (open) throw new Error(`group "${match?.[3]}" opens inside group "${open.name}"`);
      open = { name: match?.[3] ?? "", lines: [] };
      groups.push(open);
    } else if (name === "endgroup") {
      if (!open) throw new Error("endgroup with no open group");
      open = undefined;
    } else if (!match) {
      open?.lines.push(raw);
    }
  }
  if (open) throw new Error(`group "${open.name}" never closes`);
  return groups;
}

/** Read `name<<DELIM ... DELIM` entries the way the runner does. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? "");
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] ?? "");
    outputs[name as string] = value.join("\n");
  }
  return outputs;
}
