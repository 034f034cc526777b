// Which upstream repositories to watch, from the action input `watch` and/or `[[watch]]`
// tables in `.github/flows.toml`. Both forms accept the same options; see
// docs/upstream-releases.md. A repository may be listed once across both sources: two
// entries would share one cursor and disagree on filters, so that is an error, not a merge.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileProblem } from "../flows/file-problem.js";
import { parseWatchInput } from "./config-input.js";
import { parseWatchToml } from "./config-toml.js";
import { type WatchConfig, WatchConfigError, type WatchConfigProblem } from "./config-values.js";

export { type ParseWatchInputOptions, parseWatchInput } from "./config-input.js";
export { parseWatchToml } from "./config-toml.js";
export * from "./config-values.js";

export const DEFAULT_WATCH_CONFIG_FILE = ".github/flows.toml";

export type LoadWatchConfigOptions = {
  /** The checkout; the config file is looked up relative to it. */
  repoRoot: string;
  /** The action input `watch` (or the CLI's), one `owner/repo [options]` per line. */
  input?: string;
  /** Relative to repoRoot; default `.github/flows.toml`. A missing file is not an error. */
  configFile?: string;
  /** How messages name `input` (default `input "watch"`; the CLI's is `--watch`). */
  inputName?: string;
};

/** Every watched repository from the input and the config file, input entries first. */
export async function loadWatchConfig(options: LoadWatchConfigOptions): Promise<WatchConfig[]> {
  const relative = options.configFile ?? DEFAULT_WATCH_CONFIG_FILE;
  const path = resolve(options.repoRoot, relative);
  let text: string | undefined;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" || options.configFile !== undefined) {
      // In words (a loop of links, a file where a folder should be), not a bare errno.
      const { problem, hint } = fileProblem(path, code, "file");
      throw new WatchConfigError([{ file: relative, message: `${problem}. ${hint}` }]);
    }
  }
  const problems: WatchConfigProblem[] = [];
  const collect = (parse: () => WatchConfig[]): WatchConfig[] => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof WatchConfigError)) throw error;
      problems.push(...error.problems);
      return [];
    }
  };
  const fromInput = options.input ? collect(() => parseWatchInput(options.input ?? "", options.inputName === undefined ? {} : { inputName: options.inputName })) : [];
  const fromFile = text === undefined ? [] : collect(() => parseWatchToml(text ?? "", relative));
  const watches = [...fromInput, ...fromFile];
  problems.push(...duplicateProblems(watches));
  if (problems.length > 0) throw new WatchConfigError(problems);
  return watches;
}

/** A repository listed twice (names compare case-insensitively, like GitHub's). */
export function duplicateProblems(watches: readonly WatchConfig[]): WatchConfigProblem[] {
  const first = new Map<string, WatchConfig>();
  const problems: WatchConfigProblem[] = [];
  for (const watch of watches) {
    const key = watch.repo.toLowerCase();
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, watch);
      continue;
    }
    problems.push({
      message: `${watch.repo} is watched twice (${earlier.origin} and ${watch.origin}); keep one entry and put every tag pattern in it (tags= may be given more than once).`,
    });
  }
  return problems;
}
