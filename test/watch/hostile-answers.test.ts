// Answers that are not GitHub's (a proxy's page, a broken mirror, a hostile server at
// GITHUB_API_URL), for each shape the watcher reads: a release, a page of the listing, a tag's
// ref, the tag listing, an annotated tag's object and the repository. Each is checked by its
// validator (schemas/github-answers.schema.json): wrong types, missing fields, a SHA that is not
// one, huge strings and arrays where objects are give one clear line naming what was asked, the
// status and what is wrong; they cost only that poll (of that repository), never the job.
import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { saveWatchCursor } from "../../src/watch/cursor.js";
import { loadWatchCursor, pollUpstreamReleases, requestRedelivery } from "../../src/watch/index.js";
import type { GitHubApiServer } from "../support/github-api/index.js";
import { at, clientFor, githubServer, OTHER, seedRelease, tags, UPSTREAM, watches } from "./helpers.js";

const OLD = "a".repeat(40);
const TAG_OBJECT = "f".repeat(40);
const CHECK = ". Check GITHUB_API_URL and any proxy in between; it will be tried again on the next poll.";

/** A release as GitHub answers it (the fields the watcher reads), with `changes`. */
function release(changes: Record<string, unknown> = {}): Record<string, unknown> {
  const valid = {
    id: 77,
    tag_name: "v9.0.0",
    name: "v9.0.0",
    body: null,
    draft: false,
    prerelease: false,
    created_at: at(2),
    published_at: at(2),
    html_url: `https://github.com/${UPSTREAM}/releases/tag/v9.0.0`,
    target_commitish: "main",
  };
  return { ...valid, ...changes };
}

const ref = (changes: Record<string, unknown> = {}) => ({ ref: "refs/tags/v1.0.0", object: { type: "commit", sha: OLD }, ...changes });

type Arranged = { server: GitHubApiServer; poll: () => ReturnType<typeof pollUpstreamReleases> };

type Shape = {
  what: string;
  /** A server and a poll whose next run reads this shape, by `operation`. */
  arrange: () => Promise<Arranged>;
  operation: string;
  /** What else the next poll is answered first (the tag listing that names a tag object). */
  before?: (server: GitHubApiServer) => void;
  /** The message's start: the request and what the answer should have been. */
  start: string;
  /** Hostile answer → the detail the message gives. */
  answers: [unknown, string][];
};

/** A repository with one release, polled once (through `watch`). */
async function pollOnce(watch: string): Promise<Arranged & { store: MemoryStateStore; first: number }> {
  const server = await githubServer();
  const first = seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
  const store = new MemoryStateStore();
  const client = await clientFor(server);
  let minute = 0;
  const poll = () => {
    minute += 10;
    return pollUpstreamReleases({ client, store, watches: watches(watch), now: () => new Date(at(minute)) });
  };
  await poll();
  return { server, store, poll, first };
}

const SHAPES: Shape[] = [
  {
    what: "a release asked for by its tag (to deliver it again)",
    arrange: async () => {
      const arranged = await pollOnce(UPSTREAM);
      await requestRedelivery(arranged.store, UPSTREAM, "v0.0.9");
      return arranged;
    },
    operation: "repos/get-release-by-tag",
    start: `GitHub answered GET /repos/${UPSTREAM}/releases/tags/v0.0.9 (200) with something that is not GitHub's releases: `,
    answers: [
      [release({ draft: "no" }), `the release is ${clip(release({ draft: "no" }))}: draft must be true or false (got "no")`],
      [release({ id: 1.5 }), `the release is ${clip(release({ id: 1.5 }))}: id must be a whole number (got number 1.5)`],
      [release({ tag_name: undefined }), `the release is ${clip(release({ tag_name: undefined }))}: tag_name is missing`],
      [release({ published_at: `${at(2)}${" ".repeat(100_000)}` }), "published_at is 100020 characters long; at most 64 are accepted"],
      [[release()], `the release is ${clip([release()])}`],
    ],
  },
  {
    what: "the tag listing (updates=true)",
    arrange: () => pollOnce(`${UPSTREAM} updates=true`),
    operation: "git/list-matching-refs",
    start: `GitHub answered GET /repos/${UPSTREAM}/git/matching-refs/tags/v1.0.0 (200) with something that is not GitHub's tags: `,
    answers: [
      [[ref({ object: { type: "commit", sha: "a".repeat(39) } })], `: object.sha is not in an accepted form (got "${"a".repeat(39)}")`],
      [[ref({ object: { type: "commit", sha: OLD.toUpperCase() } })], "object.sha is not in an accepted form"],
      [[ref(), ref({ object: undefined })], `ref 1 is ${clip(ref({ object: undefined }))}: object is missing`],
      [[ref({ ref: 42 })], "ref 0 is {\"ref\":42,"],
      [[ref({ ref: `refs/tags/${"v".repeat(100_000)}` })], ": ref is 100010 characters long; at most 1024 are accepted"],
      [[ref({ object: [OLD] })], ": object must be a JSON object (got an array)"],
      [[[ref()]], `ref 0 is ${clip([ref()])}`],
      [{ refs: [ref()] }, `got ${clip({ refs: [ref()] })} instead of a list`],
    ],
  },
  {
    what: "a tag's own ref (its prefix too large to list)",
    arrange: async () => {
      const arranged = await pollOnce(`${UPSTREAM} since=all updates=true`);
      // As a poll leaves it once v1.0.0's own listing was too large (its nightlies): asked by its ref.
      const written = await loadWatchCursor(arranged.store, UPSTREAM);
      const tagListings = [{ prefix: "v1.0.0", tooLarge: true as const, parts: [{ prefix: "v1.0.0", tooLarge: true as const, exact: true as const }] }];
      await saveWatchCursor({ store: arranged.store, cursor: { ...written!, tagListings }, now: new Date(at(15)) });
      return arranged;
    },
    operation: "git/get-ref",
    start: `GitHub answered GET /repos/${UPSTREAM}/git/ref/tags/v1.0.0 (200) with something that is not GitHub's tag ref: `,
    answers: [
      [ref({ object: { type: "commit", sha: `${OLD}\n::error::x` } }), "object.sha holds control characters"],
      [ref({ ref: ["refs/tags/v1.0.0"] }), `got ${clip(ref({ ref: ["refs/tags/v1.0.0"] }))}: ref must be a string (got an array)`],
      [{ ref: "refs/tags/v1.0.0" }, `got {"ref":"refs/tags/v1.0.0"}: object is missing`],
      [[ref()], `got ${clip([ref()])}`],
    ],
  },
  {
    what: "an annotated tag's object (updates=true)",
    arrange: () => pollOnce(`${UPSTREAM} updates=true`),
    operation: "git/get-tag",
    // The tag now names another tag object: the poll reads it for its commit.
    before: (server) => server.failNext({ operationId: "git/list-matching-refs", status: 200, body: [ref({ object: { type: "tag", sha: TAG_OBJECT } })] }),
    start: `GitHub answered GET /repos/${UPSTREAM}/git/tags/${TAG_OBJECT} (200) with something that is not GitHub's tag object: `,
    answers: [
      [{ object: { sha: 42 } }, 'got {"object":{"sha":42}}: object.sha must be a string (got number 42)'],
      [{ object: { sha: "g".repeat(40) } }, `object.sha is not in an accepted form (got "${"g".repeat(40)}")`],
      [{ object: { sha: "a".repeat(100_000) } }, "object.sha is not in an accepted form (got \"aaaaaaaa"],
      [{ object: [OLD] }, "object must be a JSON object (got an array)"],
      [{ sha: TAG_OBJECT, tag: "v1.0.0" }, "object is missing"],
      [[{ object: { sha: OLD } }], `got [{"object":{"sha":"${OLD}"}}]`],
    ],
  },
  {
    what: "the repository (a listing that holds none of the releases seen before)",
    arrange: async () => {
      const arranged = await pollOnce(UPSTREAM);
      arranged.server.github.releases.remove(UPSTREAM, arranged.first);
      seedRelease(arranged.server, UPSTREAM, "v2.0.0", { minute: 50 });
      return arranged;
    },
    operation: "repos/get",
    start: `GitHub answered GET /repos/${UPSTREAM} (200) with something that is not GitHub's repository: `,
    answers: [
      [{ id: "1", created_at: at(0), html_url: "https://x/" }, `: id must be a whole number (got "1")`],
      [{ id: 1, created_at: "yesterday", html_url: "https://x/" }, `: created_at is not in an accepted form (got "yesterday")`],
      [{ id: 1, created_at: at(0) }, ": html_url is missing"],
      [{ id: 1, created_at: `${at(0)}${"9".repeat(100_000)}`, html_url: "https://x/" }, ": created_at is 100020 characters long; at most 64 are accepted"],
      [[{ id: 1, created_at: at(0), html_url: "https://x/" }], `got [{"id":1,`],
    ],
  },
];

/** The value as the message shows it: JSON, clipped to 80 characters with the marker (ASCII here). */
function clip(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length <= 80 ? text : `${text.slice(0, 77)}...`;
}

describe("answers that are not GitHub's, for each shape the watcher reads", () => {
  for (const shape of SHAPES) {
    it(`says what is wrong with ${shape.what} in one line, costs only that poll, and polls on`, async () => {
      for (const [body, detail] of shape.answers) {
        const { server, poll } = await shape.arrange();
        shape.before?.(server);
        server.failNext({ operationId: shape.operation, status: 200, body });
        const asked = server.requestsFor(shape.operation).length;
        const result = await poll();
        expect(server.requestsFor(shape.operation).length, shape.operation).toBe(asked + 1);
        expect(result.events).toEqual([]);
        const message = result.reports[0]?.message ?? "";
        expect(result.reports[0]?.status, message).toBe("error");
        expect(message.startsWith(shape.start), message).toBe(true);
        expect(message, JSON.stringify(body)?.slice(0, 200)).toContain(detail);
        expect(message).toContain(CHECK);
        // One short line, whatever the answer held.
        expect(message).not.toMatch(/[\n\r]/);
        expect(message.length).toBeLessThan(600);
        // Only that poll: the next one reads GitHub's answer again, as it is.
        const next = await poll();
        expect(next.reports[0]?.status, next.reports[0]?.message).not.toBe("error");
        expect(server.violations.every((violation) => violation.kind === "response")).toBe(true);
      }
    });
  }

  it("says which release of a page is not one, polls the other repositories, and dispatches it at the next poll", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    seedRelease(server, OTHER, "bun-v1.0.0", { minute: 1 });
    const client = await clientFor(server);
    const page = `/repos/${UPSTREAM}/releases`;
    const hostile: [unknown, string][] = [
      [[release({ id: "77" })], `release 0 is ${clip(release({ id: "77" }))}: id must be a whole number (got "77")`],
      [[release(), release({ id: 78, tag_name: undefined })], `release 1 is ${clip(release({ id: 78, tag_name: undefined }))}: tag_name is missing`],
      [[release({ prerelease: null })], ": prerelease must be true or false (got null)"],
      [[release({ created_at: `${at(2)}${"x".repeat(200_000)}` })], ": created_at is 200020 characters long; at most 64 are accepted"],
      [[release({ created_at: "last Tuesday" })], `: created_at is not in an accepted form (got "last Tuesday")`],
      [[release({ target_commitish: { sha: OLD } })], ": target_commitish must be a string (got an object)"],
      [[[release()]], `release 0 is ${clip([release()])}. Check`],
      [{ releases: [release()] }, `got ${clip({ releases: [release()] })} instead of a list`],
      [Array.from({ length: 101 }, (_, index) => release({ id: 100 + index })), "the list has 101 items; at most 100 are accepted"],
    ];
    for (const [body, detail] of hostile) {
      const store = new MemoryStateStore();
      const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM}\n${OTHER}`), now: () => new Date(at(10)) });
      server.failNext({ path: page, status: 200, body });
      const result = await poll();
      expect(result.reports.map((report) => [report.repo, report.status])).toEqual([
        [UPSTREAM, "error"],
        [OTHER, "ok"],
      ]);
      expect(tags(result.events)).toEqual(["bun-v1.0.0"]);
      const message = result.reports[0]?.message ?? "";
      expect(message.startsWith(`GitHub answered GET ${page} (200) with something that is not GitHub's releases: `), message).toBe(true);
      expect(message).toContain(detail);
      expect(message).toContain(CHECK);
      expect(message).not.toMatch(/[\n\r]/);
      expect(message.length).toBeLessThan(600);
      expect(await loadWatchCursor(store, UPSTREAM)).toBeUndefined();
      // The next poll reads GitHub's page as it is.
      expect(tags((await poll()).events)).toEqual(["v1.0.0"]);
    }
    expect(server.violations.every((violation) => violation.kind === "response")).toBe(true);
  });
});
