import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { cliTestEnv } from "../helpers/cli.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";

// `flows fire` prints a step's lines as they come. Each write to the terminal is redacted whole,
// and a write per line made a step printing 200,000 short lines take twice as long as with
// --json. The lines are written in batches: here every line still arrives once, in order,
// escaped and redacted, whatever chunk or batch it fell in.

const TOKEN = "ghp_cliBatchSecret0123456789abcdefABCDEF";
const LINES = 30_000;
const FLOOD_STEP = `
const token = ${JSON.stringify(TOKEN)};
const lines = [];
for (let i = 0; i < ${LINES}; i++) lines.push(i % 997 === 0 ? "line " + i + " has " + token : i % 1009 === 0 ? "line " + i + " rings \\u0007" : "line " + i);
// In pieces that end inside a line and inside the token, as a pipe may deliver them.
const text = lines.join("\\n") + "\\n";
for (let at = 0; at < text.length; at += 4093) {
  await Bun.write(Bun.stdout, text.slice(at, at + 4093));
  if (at % 5 === 0) await Bun.sleep(1);
}
console.log(Buffer.from("x-access-token:" + token).toString("base64").match(/.{1,20}/g).join("\\n"));
console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "flooded" }));
`;

// A secret that overlaps itself at every second character, then lines after it in the same write.
const DENSE_SECRET = "ab".repeat(1_000);
const DENSE_STEP = `
await Bun.write(Bun.stdout, ${JSON.stringify(`${"ab".repeat(3_000)}.`)} + "\\nthe next line\\nand one more\\n");
console.log("FLOW_RESULT " + JSON.stringify({ status: "completed" }));
`;

// A secret's base64 that starts in the part of a dense line its search left unsearched, and is
// wrapped onto the next line.
const WRAPPED_SECRET = "sk-live-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOPQRS";
const WRAPPED_BASE64 = Buffer.from(`x-access-token:${WRAPPED_SECRET}`).toString("base64");
const DENSE_WRAPPED_STEP = `
await Bun.write(Bun.stdout, ${JSON.stringify(`${"ab".repeat(10_000)}${WRAPPED_BASE64.slice(0, 40)}
${WRAPPED_BASE64.slice(40)}
(done)
`)});
console.log("FLOW_RESULT " + JSON.stringify({ status: "completed" }));
`;

// Secrets holding DEL, a C1 control, `\b` and `\f`, printed as they are and in the step's FLOW_RESULT.
const CONTROL_SECRETS = ["pass\u007fword-42x", "p\bass\fword-é42\u0085"];
const CONTROL_STEP = `
for (const secret of ${JSON.stringify(CONTROL_SECRETS)}) console.log("secret is " + secret);
console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: ${JSON.stringify(CONTROL_SECRETS)}.join(" ") }));
`;

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-cli-batches-");
  await writeFlow(repo.dir, { name: "flood", steps: [{ name: "lines", trigger: "push", source: FLOOD_STEP }] });
  await writeFlow(repo.dir, { name: "dense", steps: [{ name: "lines", trigger: "dense", source: DENSE_STEP }] });
  await writeFlow(repo.dir, { name: "wrapped", steps: [{ name: "lines", trigger: "wrapped", source: DENSE_WRAPPED_STEP }] });
  await writeFlow(repo.dir, { name: "controls", steps: [{ name: "lines", trigger: "controls", source: CONTROL_STEP }] });
  await writeFile(join(repo.dir, "event.json"), JSON.stringify(flowEvent("push", "evt-flood")));
});
afterEach(async () => {
  await repo.cleanup();
});

describe("a flood of step lines on the terminal", () => {
  it("is written in batches, every line once and in order, escaped and redacted", async () => {
    const writes: string[] = [];
    const code = await main(["fire", "--repo", repo.dir, "--event", join(repo.dir, "event.json"), "--state", "none", "--no-color"], {
      env: cliTestEnv({ GITHUB_TOKEN: TOKEN }),
      out: () => {},
      err: (text) => {
        writes.push(text);
      },
    });
    const text = writes.join("");
    expect(code, text.slice(-2000)).toBe(0);
    const stepLines = text.split("\n").filter((line) => line.startsWith("[flood/lines] line "));
    expect(stepLines).toHaveLength(LINES);
    for (let i = 0; i < LINES; i += 1) {
      const expected = i % 997 === 0 ? `line ${i} has ***` : i % 1009 === 0 ? `line ${i} rings \\u0007` : `line ${i}`;
      if (stepLines[i] !== `[flood/lines] ${expected}`) expect(stepLines[i]).toBe(`[flood/lines] ${expected}`);
    }
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain("\u0007");
    // The token's base64, wrapped at 20 columns, is masked on the lines it covers.
    const base64 = Buffer.from(`x-access-token:${TOKEN}`).toString("base64");
    expect(text.replace(/\n\[flood\/lines\] /g, "")).not.toContain(base64.slice(24, 48));
    // Far fewer writes than lines: one per batch, not one per line.
    expect(writes.length).toBeLessThan(LINES / 10);
  }, 60_000);

  // Redacted as one text, the first line's dense secret used up the search's bound and the rest
  // of the batch was one mask: the two lines after it were gone.
  it("masks no text beyond the line a secret is on", async () => {
    await writeFile(join(repo.dir, "dense.json"), JSON.stringify(flowEvent("dense", "evt-dense")));
    const writes: string[] = [];
    const code = await main(["fire", "--repo", repo.dir, "--event", join(repo.dir, "dense.json"), "--state", "none", "--no-color"], {
      env: cliTestEnv({ GITHUB_TOKEN: DENSE_SECRET }),
      out: () => {},
      err: (text) => {
        writes.push(text);
      },
    });
    const text = writes.join("");
    expect(code, text.slice(-2000)).toBe(0);
    expect(text).toContain("[dense/lines] ***\n[dense/lines] the next line\n[dense/lines] and one more\n");
    expect(text).not.toContain("abab");
  }, 60_000);

  // The dense line's search ran out of its bound before the base64 started: that line's rest was
  // masked, and the next line, searched afresh, showed the rest of the secret's base64.
  it("masks a secret's base64 that starts in a dense line's unsearched part on the next line too", async () => {
    await writeFile(join(repo.dir, "wrapped.json"), JSON.stringify(flowEvent("wrapped", "evt-wrapped")));
    const writes: string[] = [];
    const code = await main(["fire", "--repo", repo.dir, "--event", join(repo.dir, "wrapped.json"), "--state", "none", "--no-color"], {
      env: cliTestEnv({ GITHUB_TOKEN: "ab".repeat(100), GH_TOKEN: WRAPPED_SECRET }),
      out: () => {},
      err: (text) => {
        writes.push(text);
      },
    });
    const text = writes.join("");
    expect(code, text.slice(-2000)).toBe(0);
    expect(text).toMatch(/\[wrapped\/lines\] \*\*\*\n\[wrapped\/lines\] \*\*\*[A-Za-z0-9+/=]{0,4}\n\[wrapped\/lines\] \(done\)\n/);
    expect(text).not.toContain(WRAPPED_BASE64.slice(44, 60));
  }, 60_000);

  // A line's control characters are shown escaped (`\u007f`, `\u0085`, `\u0008`) before the
  // batch is redacted, and no registered form was that: JSON writes DEL and C1 as they are.
  it("masks a secret holding control characters, which the terminal shows escaped", async () => {
    await writeFile(join(repo.dir, "controls.json"), JSON.stringify(flowEvent("controls", "evt-controls")));
    const writes: string[] = [];
    const code = await main(["fire", "--repo", repo.dir, "--event", join(repo.dir, "controls.json"), "--state", "none", "--no-color"], {
      env: cliTestEnv({ GITHUB_TOKEN: CONTROL_SECRETS[0], GH_TOKEN: CONTROL_SECRETS[1] }),
      out: () => {},
      err: (text) => {
        writes.push(text);
      },
    });
    const text = writes.join("");
    expect(code, text.slice(-2000)).toBe(0);
    expect(text).toContain("[controls/lines] secret is ***\n[controls/lines] secret is ***\n");
    expect(text).toContain('"message":"*** ***"');
    expect(text).not.toMatch(/word-4/);
  }, 60_000);
});
