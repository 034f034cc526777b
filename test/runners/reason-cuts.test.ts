import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { redactor } from "../../src/redact.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

// A failed step's reason quotes what the step printed, cut short: the FLOW_RESULT line that is
// not a result (200 characters), Bun's report of an uncaught error (300), JSON.parse's own excerpt
// of bad JSON (10), a module's thrown non-Error (500). Each cut was made before anything was
// redacted, so a secret the cut went through left its first characters, which no later
// redaction matches, in the check run, the summary, the outputs and the log.

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const push = examples.find((g) => g.name === "push")?.examples.find((e) => (e.commits as unknown[]).length > 0) as { repository: { full_name: string } };
const repository = push.repository.full_name;

const SECRET = "deployKey-0123456789-abcdefghijKLMNOP";

/** The first characters of the secret that any cut through it would leave. */
function holdsPartOf(text: string): string | undefined {
  for (let at = 0; at + 8 <= SECRET.length; at++) if (text.includes(SECRET.slice(at, at + 8))) return SECRET.slice(at, at + 8);
  return undefined;
}

const PRELUDE = `const secret = process.env.THE_KEY; const pad = (n) => "m".repeat(n);\n`;

const STEPS: Array<[string, string]> = [
  // JSON.parse: `Unexpected token 'd', "deployKey-"... is not valid JSON`.
  ["prints a secret where the FLOW_RESULT JSON should be", `${PRELUDE}console.log("FLOW_RESULT " + secret);`],
  // The reason quotes the line's first 200 characters.
  [
    "prints a FLOW_RESULT with a bad status and the secret across its 200th character",
    `${PRELUDE}const head = 'FLOW_RESULT {"status":"nope","m":"'; console.log(head + pad(190 - head.length) + secret + '"}');`,
  ],
  // Bun's report of the error, the message cut at 300 characters.
  ["throws an Error whose message has the secret across its 300th character", `${PRELUDE}throw new Error(pad(290) + secret);`],
  // The wrapper quotes 500 characters of a thrown value's JSON.
  [
    "default-exports a function that throws an object with the secret across its 500th character",
    `${PRELUDE}export default async () => { throw { reason: pad(480) + secret }; };`,
  ],
];

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-reason-cuts-");
  server = await startGitHubApiServer();
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

describe("a failed step's reason holds no part of a secret it printed", () => {
  for (const [what, source] of STEPS) {
    it(`a step that ${what}`, async () => {
      await writeFlow(repo.dir, { name: "leaky", steps: [{ name: "leak", trigger: "push", source }] });
      const run = await runInProcess({
        workspace: repo.dir,
        eventName: "push",
        payload: push,
        inputs: { "github-token": "ghs_reasonCutsJobToken0123456789abcdef", state: "none", checks: "per-step", comment: "off", "fail-on": "none", redact: SECRET },
        env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, THE_KEY: SECRET },
      });
      expect(run.code, run.stdout).toBe(0);
      const [check] = server.github.checkRuns.list(repository);
      expect(check?.conclusion, run.stdout).toBe("failure");
      const texts: Array<[string, string]> = [
        ["the check run", JSON.stringify(check?.output)],
        ["the summary", run.summary],
        ["the results output", run.outputs.results ?? ""],
        // Redacted line by line, as runnerIO writes it (the fake IO keeps what it was given).
        ["the log", run.io.log.filter((line) => !line.startsWith("::add-mask::")).map((line) => redactor.redact(line)).join("\n")],
      ];
      for (const [where, text] of texts) expect(holdsPartOf(text), `${where}: ${text.slice(0, 2000)}`).toBeUndefined();
      server.assertNoViolations();
    }, 60_000);
  }
});
