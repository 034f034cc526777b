// An annotation whose path starts with millions of `./`: `/^(\.\/)+/` kept a backtrack entry for
// each, and on Node 24 making the run's annotations threw "Maximum call stack size exceeded" from
// 4 million of them on (measured with v24.21: 2 million passed).
import { describe, expect, it } from "vitest";
import { runAnnotations } from "../../src/report/checks-annotations.js";
import { inDeepStack } from "../helpers/deep-stack.js";
import { ended } from "./github-fixtures.js";

const MI = 1024 * 1024;

function annotationPaths(paths: string[]): (string | undefined)[] {
  const run = ended("failed", {
    resultPayload: { status: "failed", message: "x", annotations: paths.map((path) => ({ path, line: 1, message: "m" })) },
  });
  return inDeepStack(5_000, () => runAnnotations(run).annotations.map((annotation) => annotation.path));
}

describe("an annotation's path that starts with millions of `./`", () => {
  it("4 Mi of `./` before `src/a.ts` is the path src/a.ts, from deep in the stack", () => {
    expect(annotationPaths([`${"./".repeat(4 * MI)}src/a.ts`])).toEqual(["src/a.ts"]);
  });

  it("leading `./` and `.\\` are dropped as before; other paths stay what they were", () => {
    const paths = ["./src/a.ts", "././src/a.ts", ".\\src\\a.ts", " ./src/a.ts ", "src/./a.ts", "../a.ts", ".//a.ts", "./", ".", "./.", "./../a.ts"];
    const old = (path: string) => path.trim().replace(/\\/g, "/").replace(/^(\.\/)+/, "");
    const kept = paths.filter((path) => {
      const shown = old(path);
      return shown !== "" && !shown.startsWith("/") && !/(?:^|\/)(?:\.\.)?(?:\/|$)/.test(shown);
    });
    expect(kept.length).toBeGreaterThan(4);
    // What the old cut made of the paths the annotations keep, and nothing of the others.
    expect(annotationPaths(paths).filter((path) => path !== undefined)).toEqual(kept.map(old));
  });
});
