import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readInputs } from "../../src/action/inputs.js";
import { redactor } from "../../src/redact.js";
import { fakeIO } from "../helpers/fake-io.js";

// action.yml is what the runner reads; readInputs is what the code reads. They must name the
// same inputs, and an input left empty must mean what action.yml's default says.

/** action.yml's inputs and their defaults (block scalars joined by newlines). */
function declaredInputs(): Map<string, string> {
  const lines = readFileSync("action.yml", "utf8").split("\n");
  const inputs = new Map<string, string>();
  let section = "";
  let current: string | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const top = /^(\w[\w-]*):/.exec(line);
    if (top) {
      section = top[1] as string;
      continue;
    }
    if (section !== "inputs") continue;
    const name = /^ {2}([\w-]+):\s*$/.exec(line);
    if (name) {
      current = name[1] as string;
      inputs.set(current, "");
      continue;
    }
    const fallback = /^ {4}default:\s*(.*)$/.exec(line);
    if (!fallback || !current) continue;
    let value = (fallback[1] as string).trim();
    if (value === "|") {
      const block: string[] = [];
      while (/^ {6}/.test(lines[i + 1] ?? "")) {
        i += 1;
        block.push((lines[i] as string).trim());
      }
      value = block.join("\n");
    } else if (/^".*"$/.test(value)) {
      value = JSON.parse(value) as string;
    }
    inputs.set(current, value);
  }
  return inputs;
}

/** readInputs, noting every input name it asks for. */
function read(values: Record<string, string>): { names: Set<string>; inputs: ReturnType<typeof readInputs> } {
  const names = new Set<string>();
  const io = fakeIO(values);
  for (const method of ["getInput", "getBooleanInput", "getMultilineInput"] as const) {
    const original = io[method].bind(io) as (name: string) => never;
    io[method] = ((name: string) => {
      names.add(name);
      return original(name);
    }) as never;
  }
  return { names, inputs: readInputs(io) };
}

describe("action.yml and the inputs the code reads", () => {
  it("name the same inputs", () => {
    const declared = declaredInputs();
    const { names } = read({});
    expect([...names].sort()).toEqual([...declared.keys()].sort());
  });

  it("agree on every default: an empty input means what action.yml's default says", () => {
    const defaults = Object.fromEntries(declaredInputs());
    // The token's default is an expression the runner fills in; there is no literal to compare.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression in action.yml.
    expect(defaults["github-token"]).toBe("${{ github.token }}");
    defaults["github-token"] = "";
    expect(read(defaults).inputs).toEqual(read({}).inputs);
  });
});

describe("counts given as inputs", () => {
  it.each(["0x10", "1e3", "0b11", "2.0", "-1", "0", "9007199254740993"])("concurrency %j is refused as not a whole number of at least 1", (value) => {
    expect(() => readInputs(fakeIO({ concurrency: value }))).toThrow(`Input "concurrency" is "${value}"; expected a whole number of at least 1.`);
  });

  it.each(["concurrency", "watch-max-requests"])("%s past the largest safe integer says it is too large, with the largest accepted", (name) => {
    expect(() => readInputs(fakeIO({ [name]: " 9007199254740993 " }))).toThrow(
      "9007199254740993 is more than 9007199254740991, the largest accepted: give a smaller number.",
    );
    // Not said of what is no number at all.
    expect(() => readInputs(fakeIO({ [name]: "1e30" }))).not.toThrow("the largest accepted");
    expect(() => readInputs(fakeIO({ [name]: "1e30" }))).toThrow("expected a whole number of at least 1");
  });

  // "0 is more than 9007199254740991" was said of 0: it is too small, not too large.
  it.each(["concurrency", "watch-max-requests"])("%s 0 is refused as less than 1, not as too large", (name) => {
    expect(() => readInputs(fakeIO({ [name]: "0" }))).toThrow(/expected a whole number of at least 1[^.]*\.$/);
  });

  it.each(["concurrency", "watch-max-requests"])("%s with digits grouped by _ (as YAML and code write 1_000) says to write it without them", (name) => {
    expect(() => readInputs(fakeIO({ [name]: "1_000" }))).toThrow(/expected a whole number of at least 1[^.]*\. Write it without the _: 1000\.$/);
    expect(() => readInputs(fakeIO({ [name]: "1_0" }))).not.toThrow("Write it without");
  });

  it("takes digits, with the spaces a YAML value may carry", () => {
    expect(readInputs(fakeIO({ concurrency: " 12 " })).concurrency).toBe(12);
    expect(readInputs(fakeIO({ "watch-max-requests": "40" })).watchMaxRequests).toBe(40);
    expect(() => readInputs(fakeIO({ "watch-max-requests": "1e2" }))).toThrow('Input "watch-max-requests" is "1e2"');
  });
});

describe("true/false inputs", () => {
  // GitHub reads `dry-run: yes` as the text "yes" (YAML 1.2), which @actions/core refuses.
  it.each([
    ["dry-run", "yes", "true"],
    ["export-env", "On", "true"],
    ["dry-run", "1", "true"],
    ["backend-cancel-on-timeout", "off", "false"],
    ["backend-cancel-on-timeout", "no", "false"],
  ])("%s: %j is refused with the word to write", (name, value, near) => {
    expect(() => readInputs(fakeIO({ [name]: value }))).toThrow(`Input "${name}" is "${value}"; expected true or false. Did you mean ${near}?`);
  });

  it("names no word for a value that is neither", () => {
    expect(() => readInputs(fakeIO({ "dry-run": "maybe" }))).toThrow(/expected true or false\.$/);
  });
});

describe("workspace-backend-url", () => {
  // Handed to steps as given: "not a url" failed only inside a step, as that step's error.
  it.each(["not a url", "flows.example.com:8080", "ftp://flows.example.com"])("refuses %j, saying what it takes", (value) => {
    expect(() => readInputs(fakeIO({ "workspace-backend-url": value }))).toThrow(
      `Input "workspace-backend-url" is "${value}"; expected the URL of the workspace backend (ws://, wss://, http:// or https://)`,
    );
  });

  it("takes a ws(s) or http(s) URL, and has the runner mask a password or key in it", () => {
    expect(readInputs(fakeIO({ "workspace-backend-url": "wss://ws.example.com/backend" })).workspaceBackendUrl).toBe("wss://ws.example.com/backend");
    const io = fakeIO({ "workspace-backend-url": "https://user:hunter2hunter2@ws.example.com/?token=abcdef123456" });
    expect(readInputs(io).workspaceBackendUrl).toBe("https://user:hunter2hunter2@ws.example.com/?token=abcdef123456");
    expect(io.secrets).toEqual(expect.arrayContaining(["hunter2hunter2", "abcdef123456"]));
  });
});

describe("bot-login", () => {
  // An app's comments are by "<slug>[bot]": the bare slug matched none, and each run added a comment.
  it.each([
    ["my-app", "my-app[bot]"],
    [" my-app[bot] ", "my-app[bot]"],
    ["release_bot.v2", "release_bot.v2[bot]"],
    ["", ""],
  ])("takes %j as the app's bot login %j", (value, login) => {
    expect(readInputs(fakeIO({ "bot-login": value })).report.botLogin).toBe(login);
  });

  it.each(["my app[bot]", "my-app[bot]\nother[bot]", "@my-app", "my-app[bot][bot]"])("refuses %j, which is no login, saying what to write", (value) => {
    expect(() => readInputs(fakeIO({ "bot-login": value }))).toThrow(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the message shows workflow syntax.
      "expected the bot login of the GitHub App whose token the action uses, one name such as my-app[bot] (with actions/create-github-app-token: ${{ steps.app-token.outputs.app-slug }}[bot]).",
    );
  });
});

describe("backend-timeout-minutes", () => {
  it("takes minutes, fractions included", () => {
    expect(readInputs(fakeIO({ "backend-timeout-minutes": " 0.5 " })).backend.timeoutMs).toBe(30_000);
    expect(readInputs(fakeIO({})).backend.timeoutMs).toBe(600_000);
  });

  // Number() reads all of these, and "1e400" or "Infinity" made a wait no deadline ever ends.
  it.each(["Infinity", "1e400", "1e3", "0x10", "-1", "0", "ten", "7201"])("refuses %j, so the wait for the backend always ends", (value) => {
    expect(() => readInputs(fakeIO({ "backend-timeout-minutes": value }))).toThrow(
      `Input "backend-timeout-minutes" is "${value}"; expected minutes, a number like 10 or 2.5, above 0 and at most 7200 (5 days, the longest a GitHub job runs).`,
    );
  });
});

describe("backend-cancel-on-timeout", () => {
  it("cancels the backend's unfinished runs on a timeout unless set to false", () => {
    expect(readInputs(fakeIO({})).backend.cancelOnTimeout).toBe(true);
    expect(readInputs(fakeIO({ "backend-cancel-on-timeout": "false" })).backend.cancelOnTimeout).toBe(false);
    expect(() => readInputs(fakeIO({ "backend-cancel-on-timeout": "no" }))).toThrow('Input "backend-cancel-on-timeout" is "no"; expected true or false.');
  });
});

// A webhook-style backend-url (Slack's `/services/T…/B…/<token>`) holds its key in the path:
// only its user-info and query were taken for secrets, and the path was shown and logged.
describe("a backend-url whose path is a key", () => {
  it("has the runner and the redactor mask its path and its long segments, not a short path like /api", () => {
    const key = "wHkTok3nAbCdEfGhIjKlMnOp";
    const io = fakeIO({ mode: "http", "backend-url": `https://hooks.example.com/services/T0001/B0002/${key}/` });
    readInputs(io);
    expect(io.secrets).toEqual(expect.arrayContaining([`/services/T0001/B0002/${key}`, key]));
    expect(io.secrets).not.toContain("T0001");
    expect(redactor.redact(`token ${key} at /services/T0001/B0002/${key}`)).toBe("token *** at ***");
    const short = fakeIO({ mode: "http", "backend-url": "https://flows.example.com/api/" });
    readInputs(short);
    expect(short.secrets).toEqual([]);
  });
});

describe("backend inputs outside mode: http", () => {
  it("warns that backend-url is not used, since the event then runs here and nothing reaches the backend", () => {
    const io = fakeIO({ "backend-url": "https://flows.example.com", "backend-token": "backend-token-0123456789" });
    readInputs(io);
    expect(io.log.filter((line) => line.startsWith("::warning"))).toEqual([
      '::warning::backend-url is set, but mode is "dispatch": the event is handled in this job and nothing is sent to the flow backend. Add mode: http to send it there, or remove backend-url.',
    ]);
  });

  it("warns that watch is not polled outside mode: dispatch", () => {
    const io = fakeIO({ mode: "http", "backend-url": "https://flows.example.com", watch: "openai/codex" });
    readInputs(io);
    expect(io.log.filter((line) => line.startsWith("::warning"))).toEqual([
      '::warning::watch is set, but mode is "http": upstream releases are polled only in mode: dispatch (the default), so none are polled here.',
    ]);
  });

  it("says nothing in mode: http, or without backend-url", () => {
    const cases: Array<Record<string, string>> = [{ mode: "http", "backend-url": "https://flows.example.com" }, { mode: "plan" }];
    for (const inputs of cases) {
      const io = fakeIO(inputs);
      readInputs(io);
      expect(io.log.filter((line) => line.startsWith("::warning"))).toEqual([]);
    }
  });
});

describe("bun-version", () => {
  it.each(["1.4.5", "1.2.0", "1.3.0-canary.20", "0.8.1"])("takes the exact version %j, which names a Bun release download", (value) => {
    expect(readInputs(fakeIO({ "bun-version": value })).bunVersion).toBe(value);
  });

  it.each(["latest", "latest!", "1.x", "1.x.y", "^1.2.0", ">=1.1", "1.2", "garbage", "../../bin/bun", "/usr/local/bin/bun", "1.2.3+build"])(
    "refuses %j, naming the input and what it takes",
    (value) => {
      expect(() => readInputs(fakeIO({ "bun-version": value }))).toThrow(
        `Input "bun-version" is "${value}"; expected an exact Bun version such as 1.4.5, the release the action installs when bun is not on PATH. ` +
          "For the newest Bun or a range, install it before this step with oven-sh/setup-bun (its bun-version takes latest and ranges), or leave bun-version empty for 1.4.5.",
      );
    },
  );

  it("says to drop the v of v1.4.5", () => {
    expect(() => readInputs(fakeIO({ "bun-version": "v1.4.5" }))).toThrow(
      'Input "bun-version" is "v1.4.5"; expected an exact Bun version such as 1.4.5, the release the action installs when bun is not on PATH: write it without the "v" (1.4.5).',
    );
  });
});

describe("inputs of one mode given to another", () => {
  it.each([
    [{ steps: '[{"flow":"a","step":"b"}]' }, "steps", "run-step", "dispatch"],
    [{ "runs-file": "/tmp/runs.json" }, "runs-file", "run-step", "dispatch"],
    [{ mode: "plan", steps: '[{"flow":"a","step":"b"}]' }, "steps", "run-step", "plan"],
    [{ mode: "run-step", steps: "[]", "runs-dir": "/tmp/runs" }, "runs-dir", "report", "run-step"],
  ])("refuses %j before anything runs, naming the input and the mode it belongs to", (values, name, mode, given) => {
    expect(() => readInputs(fakeIO(values))).toThrow(`Input "${name}" is set, but mode is "${given}": ${name} is read only in mode: ${mode}. Add mode: ${mode}, or remove ${name}`);
  });

  it("says that mode: dispatch would run every matching step in each matrix job", () => {
    expect(() => readInputs(fakeIO({ steps: '[{"flow":"a","step":"b"}]' }))).toThrow("in mode: dispatch this job would run every step that matches the event");
  });

  it("takes them in their own mode", () => {
    expect(readInputs(fakeIO({ mode: "run-step", steps: "[]", "runs-file": "/tmp/runs.json" })).runsFile).toBe("/tmp/runs.json");
    expect(readInputs(fakeIO({ mode: "report", "runs-dir": "/tmp/runs" })).runsDir).toBe("/tmp/runs");
  });
});

describe("fail-on", () => {
  it.each([",", " , ", ",\n,"])("refuses %j, which names no status, instead of failing nothing as none does", (value) => {
    expect(() => readInputs(fakeIO({ "fail-on": value }))).toThrow("which names no status; write the statuses that fail the job (such as failed), or none to never fail it.");
  });

  it("says to separate statuses with commas when spaces keep them apart", () => {
    expect(() => readInputs(fakeIO({ "fail-on": "failed needs-attention" }))).toThrow(/ Separate the statuses with commas or line breaks: failed, needs-attention\.$/);
    expect(() => readInputs(fakeIO({ "fail-on": "failed often" }))).not.toThrow("Separate the statuses");
  });

  it("takes statuses in any case, on lines or after commas", () => {
    expect([...readInputs(fakeIO({ "fail-on": "FAILED\nBlocked, canceled" })).failOn]).toEqual(["failed", "blocked", "canceled"]);
  });
});

describe("inputs with a fixed set of values", () => {
  it.each([
    ["mode", "Plan", "plan"],
    ["mode", "run_step", "run-step"],
    ["mode", "runstep", "run-step"],
    ["checks", "Per-Step", "per-step"],
    ["checks", "per_event", "per-event"],
    ["comment", "On-PR", "on-pr"],
    ["comment", "on failure", "on-failure"],
    ["handover", "Auto", "auto"],
  ])("%s: %j is refused with the values it takes and the near one", (name, value, near) => {
    expect(() => readInputs(fakeIO({ [name]: value }))).toThrow(new RegExp(`^Input "${name}" is "${value}"; expected one of: .*\\. Did you mean ${near}\\?$`));
  });

  // YAML's and everyday words for "not this": no edit distance leads from false to off.
  it.each([
    ["checks", "false", "off"],
    ["comment", "no", "off"],
    ["comment", "False", "off"],
    ["handover", "disabled", "off"],
    ["state", "false", "none"],
    ["state", "off", "none"],
    ["state", "files", "file"],
  ])("%s: %j is refused with the word it takes for that", (name, value, near) => {
    expect(() => readInputs(fakeIO({ [name]: value }))).toThrow(new RegExp(`^Input "${name}" is "${value}"; expected one of: .*\\. Did you mean ${near}\\?$`));
  });

  it("names no near value when none is close", () => {
    expect(() => readInputs(fakeIO({ checks: "true" }))).toThrow('Input "checks" is "true"; expected one of: per-step, per-event, off.');
  });
});

describe("bun-download-url", () => {
  it("takes an http(s) base URL, without its trailing slashes", () => {
    expect(readInputs(fakeIO({ "bun-download-url": "https://mirror.example.com/bun/" })).bunDownloadUrl).toBe("https://mirror.example.com/bun");
    expect(readInputs(fakeIO({})).bunDownloadUrl).toBe("https://github.com/oven-sh/bun/releases/download");
  });

  it.each(["mirror.example.com/bun", "ftp://mirror.example.com/bun", "file:///opt/bun", "not a url"])(
    "refuses %j before anything runs, even with bun on PATH",
    (value) => {
      expect(() => readInputs(fakeIO({ "bun-download-url": value }))).toThrow(
        `Input "bun-download-url" is "${value}"; expected the http(s) base URL of Bun release downloads, such as https://github.com/oven-sh/bun/releases/download`,
      );
    },
  );
});

describe("handover: publish", () => {
  it.each(["plan", "run-step", "report", "http"])("is refused in mode: %s, where no handover is published", (mode) => {
    expect(() => readInputs(fakeIO({ mode, handover: "publish", steps: "[]", "runs-file": "/tmp/r.json", "runs-dir": "/tmp/r", "backend-url": "https://b.example.com" }))).toThrow(
      `Input "handover" is "publish", but mode is "${mode}": a handover is published by a workflow_run job in mode: dispatch (the default).`,
    );
  });

  it("is taken in mode: dispatch", () => {
    expect(readInputs(fakeIO({ handover: "publish" })).report.handover).toBe("publish");
  });
});

describe("a hostile input value in an error", () => {
  it("is quoted on one line, cut to a few hundred characters, with its line breaks shown", () => {
    const huge = `plan\n::add-mask::x${"y".repeat(100_000)}`;
    expect(() => readInputs(fakeIO({ "fail-on": "y".repeat(100_000) }))).toThrow(/^Input "fail-on" has "y{100,200}\.\.\.; expected/);
    // fail-on takes a list: its first line is the status it names.
    for (const name of ["mode", "state", "dry-run", "concurrency", "fail-on", "backend-timeout-minutes", "bun-download-url", "watch-max-requests"]) {
      let message = "";
      try {
        readInputs(fakeIO({ [name]: huge }));
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, name).toContain(`Input "${name}"`);
      expect(message.length, name).toBeLessThan(700);
      expect(message, name).toContain(name === "fail-on" ? '"plan"' : '"plan\\n::add-mask::xyyy');
      expect(message, name).not.toContain("\n");
    }
  });
});

// The redactor leaves out values shorter than MIN_SECRET_LENGTH (they would shred every text):
// the `redact` input took them without a word, and the author thought them kept out.
describe("the redact input", () => {
  it("warns, without the values, when some are too short to be replaced", () => {
    const io = fakeIO({ redact: "ab\nlong-enough-value\nxyz\n" });
    readInputs(io);
    const warnings = io.log.filter((line) => line.startsWith("::warning"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Input "redact": 2 values are shorter than 4 characters');
    expect(warnings[0]).not.toMatch(/\bab\b|xyz/);
    const quiet = fakeIO({ redact: "long-enough-value\n" });
    readInputs(quiet);
    expect(quiet.log.filter((line) => line.startsWith("::warning"))).toEqual([]);
  });
});

// GitHub passes every `with:` key as INPUT_<NAME>: a misspelled one (`dry_run`) was ignored.
describe("an input name the action does not read", () => {
  it("is refused, named in lower case with its near miss, beside every input there is", () => {
    expect(() => readInputs(fakeIO({ DRYRUN: "true" }))).toThrow(/^Input "dryrun" \(did you mean dry-run\?\) is not an input of flows-action, so it would be ignored; nothing was run\. .* The inputs are: backend-api-key, .*, workspace-backend-url\.$/);
  });

  it("takes every input action.yml declares, in the runner's spelling of its variable", () => {
    const io = fakeIO(Object.fromEntries([...declaredInputs().keys()].map((name) => [name, ""])));
    expect(() => readInputs(io)).not.toThrow();
  });
});

// `state-dir: ../flows-state` without `state: file` kept the records in artifacts, unsaid.
describe("a state folder or branch the state store does not use", () => {
  it.each([
    [{ "state-dir": "../flows-state" }, 'Input "state-dir" is set, but state is "artifact": the records are kept in workflow artifacts, and state-dir is not used. Add state: file to keep them there, or remove state-dir.'],
    [{ state: "branch", "state-dir": "x" }, 'Input "state-dir" is set, but state is "branch": the records are kept on a state branch, and state-dir is not used.'],
    [{ state: "file", "state-branch": "bot-state" }, 'Input "state-branch" is set, but state is "file": the records are kept in a folder, and state-branch is not used. Add state: branch'],
  ])("%j gets a warning naming the input and the state to add", (values, warning) => {
    const io = fakeIO(values);
    readInputs(io);
    const warnings = io.log.filter((line) => line.startsWith("::warning"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(warning);
  });

  it("says nothing of the branch's default, which the runner always passes, nor of a setting its store uses", () => {
    const cases: Array<Record<string, string>> = [{ "state-branch": "flows-state" }, { state: "file", "state-dir": "x" }, { state: "branch", "state-branch": "bot-state" }];
    for (const values of cases) {
      const io = fakeIO(values);
      readInputs(io);
      expect(io.log.filter((line) => line.startsWith("::warning"))).toEqual([]);
    }
  });
});
