// GitHub's record of a webhook delivery (`gh api repos/o/r/hooks/ID/deliveries/DID`, or "Recent
// Deliveries" in a repository's settings) holds the payload at request.payload. Given as the
// payload, it was mapped as one: an event of no repository with a digest for an id, nothing
// matched, exit 0. The real command as it ships, on a real flow package.
import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv } from "../helpers/cli.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
const LAUNCHER = join(ROOT, "dist", "cli", "index.js");

const PAYLOAD = {
  action: "published",
  release: { tag_name: "v1.2.3", name: "v1.2.3", body: "notes", draft: false, prerelease: false },
  repository: { full_name: "octo/hello", name: "hello", owner: { login: "octo" } },
  sender: { login: "octo" },
};

/** A delivery as GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id} returns it. */
function delivery(payload: unknown, event = "release") {
  return {
    id: 12345678,
    guid: "0b989ba4-242f-11e5-81e1-c7b6966d2516",
    delivered_at: "2026-11-26T00:00:00Z",
    redelivery: false,
    duration: 0.27,
    status: "OK",
    status_code: 200,
    event,
    action: "published",
    installation_id: null,
    repository_id: 1,
    url: "https://example.invalid/hook",
    request: { headers: { "X-GitHub-Event": event, "X-GitHub-Delivery": "0b989ba4-242f-11e5-81e1-c7b6966d2516" }, payload },
    response: { headers: {}, payload: "ok" },
  };
}

let repo: { dir: string; cleanup: () => Promise<void> };
let deliveryPath: string;
beforeEach(async () => {
  repo = await tempRepo("flows-delivery-");
  const step = 'const c = JSON.parse(await Bun.stdin.text()); console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "tag " + c.flow.event.payload.tag }));';
  await writeFlow(repo.dir, { name: "notes", steps: [{ name: "tag", trigger: "release.published", source: step }] });
  // A folder with a space and a quote: the commands suggested for it must still name it.
  deliveryPath = join(repo.dir, "it's a delivery.json");
  await writeFile(deliveryPath, JSON.stringify(delivery(PAYLOAD)));
});
afterEach(async () => {
  await repo.cleanup();
});

function flows(input: string | undefined, ...argv: string[]): { code: number | null; out: string; err: string } {
  const child = spawnSync(BUN, [LAUNCHER, "--repo", repo.dir, "--no-color", ...argv], { env: cliTestEnv(), encoding: "utf8", ...(input === undefined ? {} : { input }) });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

describe("a webhook delivery record where a payload belongs", () => {
  it("flows github runs the payload inside it, from a file or piped in", () => {
    for (const [input, path] of [[undefined, deliveryPath], [JSON.stringify(delivery(PAYLOAD)), "-"]] as const) {
      const run = flows(input, "github", "--event-name", "release", "--event-path", path, "--state", "none", "--json");
      expect(run.code, run.err).toBe(0);
      const { outcome } = JSON.parse(run.out);
      expect(outcome.eventId).toBe("github:release.published:octo/hello:v1.2.3");
      expect(outcome.runs.map((each: { resultPayload?: { message?: string } }) => each.resultPayload?.message)).toEqual(["tag v1.2.3"]);
    }
  });

  it("flows explain --event-name explains the payload inside it", () => {
    const explained = flows(undefined, "explain", "--event", deliveryPath, "--event-name", "release", "--json");
    expect(explained.code, explained.err).toBe(0);
    const { event, steps } = JSON.parse(explained.out);
    expect(event).toEqual({ id: "github:release.published:octo/hello:v1.2.3", type: "release.published" });
    expect(steps).toMatchObject([{ flow: "notes", step: "tag", matched: true }]);
  });

  it("a record of another event than --event-name names, or without its payload, is refused saying what to pass", async () => {
    const other = flows(undefined, "github", "--event-name", "push", "--event-path", deliveryPath, "--state", "none");
    expect(other.code).toBe(1);
    expect(other.err).toContain(
      `${deliveryPath}: this is GitHub's record of a release delivery (0b989ba4-242f-11e5-81e1-c7b6966d2516), but --event-name says push. Pass --event-name release.`,
    );
    await writeFile(deliveryPath, JSON.stringify(delivery(null)));
    const empty = flows(undefined, "explain", "--event", deliveryPath, "--event-name", "release");
    expect(empty.code).toBe(1);
    expect(empty.err).toContain("its request.payload is null: there is no payload to run.");
  });

  it("flows fire says to run it with flows github, with the path quoted for the shell", () => {
    const fired = flows(undefined, "fire", "--event", deliveryPath, "--state", "none");
    expect(fired.code).toBe(1);
    const quoted = `'${deliveryPath.replaceAll("'", `'\\''`)}'`;
    expect(fired.err).toContain(`not a FlowEvent: run its payload with \`flows github --event-name release --event-path ${quoted}\``);
    // Pasted into a shell, the suggested command names the file.
    const pasted = spawnSync("sh", ["-c", `printf '%s' ${quoted}`], { encoding: "utf8" });
    expect(pasted.stdout).toBe(deliveryPath);
  });
});
