import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

// GitHub's own webhook examples (@octokit/webhooks-examples): one JSON array per platform
// (api.github.com, ghes-3.x), each `{name, examples: [payload...]}` per event name.

export type WebhookExampleSet = { platform: string; events: { name: string; examples: unknown[] }[] };

const packageDir = dirname(createRequire(import.meta.url).resolve("@octokit/webhooks-examples/package.json"));

function readSet(platform: string): WebhookExampleSet {
  const parsed: unknown = JSON.parse(readFileSync(join(packageDir, platform, "index.json"), "utf8"));
  if (!Array.isArray(parsed)) throw new Error(`${platform}/index.json is not an array`);
  const events = parsed.map((entry: unknown) => {
    const { name, examples } = entry as { name?: unknown; examples?: unknown };
    if (typeof name !== "string" || !Array.isArray(examples)) throw new Error(`${platform}: unexpected entry`);
    return { name, examples };
  });
  return { platform, events };
}

let cached: WebhookExampleSet[] | undefined;

/** api.github.com first (the package's main export), then every GHES version it ships. */
export function webhookExampleSets(): WebhookExampleSet[] {
  cached ??= readSets();
  return cached;
}

function readSets(): WebhookExampleSet[] {
  const platforms = readdirSync(packageDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a === "api.github.com" ? -1 : b === "api.github.com" ? 1 : a.localeCompare(b)));
  return platforms.map(readSet);
}

/** The api.github.com examples of one event, by index, checked against the expected action. */
export function githubExample(name: string, index: number, action?: string): Record<string, unknown> {
  const set = webhookExampleSets()[0];
  const payload = set?.events.find((event) => event.name === name)?.examples[index];
  if (typeof payload !== "object" || payload === null) throw new Error(`no example ${name}[${index}]`);
  const example = payload as Record<string, unknown>;
  if (action !== undefined && example.action !== action) {
    throw new Error(`example ${name}[${index}] is ${String(example.action)}, not ${action}`);
  }
  return structuredClone(example);
}
