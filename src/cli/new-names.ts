// What `flows new` checks before it writes anything: the flow's and the step's names (a name of
// flow.toml, and a folder or file name too) and the event type the step is to run on. Mistakes
// here are the command line's (exit 2), each said with what to write instead.
import { closest } from "../did-you-mean.js";
import { GITHUB_EVENT_ACTIONS } from "../generated/github-event-actions.js";
import { flowSchema } from "../generated/flow-schema.js";
import { WORKFLOW_EVENT_NAMES } from "../events/workflow-event-names.js";
import { globMatches, isLiteralGlob } from "../flows/glob.js";
import { hiddenInName } from "../flows/hidden-name.js";
import { githubTypeProblem } from "../flows/trigger-type.js";
import { windowsDeviceName, windowsSafeName } from "../flows/windows-names.js";
import { GITHUB_EVENT_NAMES } from "./event-names.js";
import { UsageError } from "./usage.js";

const NAME = flowSchema.definitions.name;
/** flow.toml's rule for names (schemas/flow.schema.json, definitions.name), as ajv checks it. */
const NAME_PATTERN = new RegExp(NAME.pattern, "u");
/** Half a UTF-16 pair: no file name or TOML string can hold it. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * U+FFFD, the replacement character: what Bun and Node make of command-line bytes that are no
 * UTF-8 (a name typed in Latin-1, `$'\xff'`), as they read argv. The name written would not be
 * the one typed, and every byte that was no UTF-8 would be the same character.
 */
const REPLACEMENT = "\uFFFD";
const REPLACEMENT_WHY = "which stands for bytes that are no UTF-8 text (the terminal or script wrote the name in another encoding)";

/**
 * Characters a folder or file name cannot hold on some system the package will be checked out on
 * (Windows refuses `<>:"|?*`; `/` and `\` separate folders), or that Bun cannot run a script
 * from (`?`, `\`: README, "Paths").
 */
const NOT_IN_FILE_NAMES = /[/\\<>:"|?*]/;

/**
 * `what` ("flow name", "--step") as a name flow.toml takes and a file name every system takes.
 * The name is also the package's folder (the flow's) or its script's file name (the step's);
 * `noun` ("flow", "step") goes into the name suggested for one Windows cannot hold.
 */
export function checkName(name: string, what: string, usedAs: string, noun: string): void {
  const shown = JSON.stringify(name);
  const refuse = (why: string, fix = "Use letters, digits, - and _, e.g. release-notes."): never => {
    throw new UsageError(`${what} ${shown} ${why} ${fix}`, "new");
  };
  if (name.length < NAME.minLength || name.length > NAME.maxLength || !NAME_PATTERN.test(name) || LONE_SURROGATE.test(name)) {
    refuse(
      `is not a valid name in flow.toml: a name is 1 to ${NAME.maxLength} characters, not only spaces, with no control characters ` +
        "(no tab, newline, NUL, U+007F–U+009F, U+2028/2029).",
    );
  }
  // A bidirectional control or an invisible character (src/flows/hidden-name.ts): every report
  // escapes it, but the package's folder and script files would carry it as it is.
  const hidden = hiddenInName(name);
  if (hidden !== undefined) {
    throw new UsageError(
      `${what} "${hidden.escaped}" holds ${hidden.codePoints}, an invisible character ${hidden.does}: it is ${usedAs}, and would carry it as it is. ` +
        (hidden.without !== undefined ? `Type the name without it: ${JSON.stringify(hidden.without)}.` : "Use letters, digits, - and _, e.g. release-notes."),
      "new",
    );
  }
  if (name.includes(REPLACEMENT)) refuse(`holds U+FFFD (\uFFFD), ${REPLACEMENT_WHY}: it is ${usedAs}, which would hold U+FFFD where those bytes were, not the name as typed.`);
  if (name === "." || name === "..") refuse(`would name no folder of its own (it is ${usedAs}).`);
  const bad = NOT_IN_FILE_NAMES.exec(name)?.[0];
  if (bad !== undefined) {
    if (bad === "/" || bad === "\\") {
      // Where the files go is not the name's to say: the flow root is --flows-path's, a script's folder is always exec/.
      const where = noun === "step" ? "Give a plain name like build (the script always goes in the package's exec/ folder)." : "Give a plain name like release-notes (--flows-path chooses the folder packages go in).";
      refuse(`holds "${bad}", a path separator: it is ${usedAs}, one name, not a path.`, where);
    }
    refuse(`holds "${bad}", which a file name cannot hold on Windows (and Bun cannot run a script named with ? or \\): it is ${usedAs}.`);
  }
  const device = windowsDeviceName(name);
  if (device !== undefined) {
    refuse(
      `is the device name ${device} on Windows (in any case, and with any extension): it is ${usedAs}, and git cannot check out a repository holding it there.`,
      `Use another name, e.g. ${JSON.stringify(windowsSafeName(name, noun))}.`,
    );
  }
  if (name.startsWith(".")) refuse(`starts with ".": it is ${usedAs}, and a hidden one is easy to miss.`);
  if (name.startsWith("-")) refuse(`starts with "-": it is ${usedAs}, and would read as an option in commands that name it.`);
  if (/[ .]$/.test(name)) refuse(`ends with "${name.at(-1)}": it is ${usedAs}, and Windows drops a trailing dot or space from file names.`);
}

/** What `--on` said: the type to write, and a note when it is not one of GitHub's. */
export type CheckedType = { type: string; note?: string };

/** The watcher's events (docs/upstream-releases.md). */
const WATCHER_TYPE = /^upstream\.release(\.|$)/;

/**
 * The event type for the trigger. A likely typo of a GitHub event (one `flows validate` would warn
 * about on every load: `release` without its action, `pull-request.opened`, `push.published`)
 * is refused with what to write; a type far from every GitHub event is taken as one of the
 * user's own FlowEvents, with a note saying so.
 */
export function checkEventType(type: string): CheckedType {
  if (type.length > NAME.maxLength || !NAME_PATTERN.test(type) || LONE_SURROGATE.test(type)) {
    throw new UsageError(
      `--on ${JSON.stringify(type)} is not a valid trigger type: a type is 1 to ${NAME.maxLength} characters, not only spaces, with no control characters. ` +
        "Give the FlowEvent type the step runs on, e.g. --on release.published.",
      "new",
    );
  }
  if (type.includes(REPLACEMENT)) {
    throw new UsageError(`--on ${JSON.stringify(type)} holds U+FFFD (\uFFFD), ${REPLACEMENT_WHY}; no event's type would be the one typed. Give the type in UTF-8.`, "new");
  }
  if (type.trim() !== type) {
    throw new UsageError(`--on ${JSON.stringify(type)} has spaces around it: types are compared exactly, and no event's type has them. Write --on ${JSON.stringify(type.trim())}.`, "new");
  }
  const problem = githubTypeProblem(type, "--on");
  if (problem !== undefined) throw new UsageError(problem.replace(" (A type of your own FlowEvents may be anything; then leave it.)", " (A type of your own FlowEvents may be anything, but one this close to GitHub's is warned about by every `flows validate`: pick a name apart from them.)"), "new");
  const event = type.split(".")[0] ?? type;
  if (GITHUB_EVENT_NAMES.includes(event) || WATCHER_TYPE.test(type)) return { type };
  // A wildcard over GitHub's events (`*`, `pull_*`, `*.opened`) is no type of the user's own.
  if (!isLiteralGlob(type) && gitHubEventTypes().some((candidate) => matches(type, candidate))) return { type };
  // The webhook-only names: githubTypeProblem checks only the events that start workflows.
  const near = closest(event, GITHUB_EVENT_NAMES);
  const meant = near !== undefined && near !== event ? ` If you meant GitHub's "${near}" event, give --on ${near}${type.slice(event.length)}.` : "";
  return {
    type,
    note:
      `"${type}" is no GitHub event type: the step runs on FlowEvents of this type that you send ` +
      `(flows fire --event, or the action's event input).${meant}`,
  };
}

/**
 * An event type the trigger `type` matches, for the sample event the suggested commands fire:
 * the type itself, or for a wildcard (`release.*`) a GitHub action it matches, else any text.
 * Undefined when no simple one is found (a `[...]` class, an escape).
 */
export function sampleEventType(type: string): string | undefined {
  if (isLiteralGlob(type)) return type;
  const dot = type.indexOf(".");
  const event = dot < 0 ? type : type.slice(0, dot);
  const actions = WORKFLOW_EVENT_NAMES.includes(event) && Object.hasOwn(GITHUB_EVENT_ACTIONS, event) ? GITHUB_EVENT_ACTIONS[event]! : [];
  const preferred = [...actions].sort((a, b) => rank(a) - rank(b));
  const candidates = [...preferred.map((action) => `${event}.${action}`), type.replace(/\*+/g, "example").replace(/\?/g, "x")];
  return candidates.find((candidate) => isLiteralGlob(candidate) && matches(type, candidate));
}

/** Every GitHub event name, and each of its `name.action` types. */
function gitHubEventTypes(): string[] {
  return GITHUB_EVENT_NAMES.flatMap((name) => [name, ...(Object.hasOwn(GITHUB_EVENT_ACTIONS, name) ? GITHUB_EVENT_ACTIONS[name]!.map((action) => `${name}.${action}`) : [])]);
}

/** The action most workflows react to first (as trigger-type.ts's examples). */
function rank(action: string): number {
  const at = ["published", "opened", "created", "completed", "submitted"].indexOf(action);
  return at < 0 ? 5 : at;
}

function matches(pattern: string, value: string): boolean {
  try {
    return globMatches(pattern, value);
  } catch {
    return false;
  }
}
