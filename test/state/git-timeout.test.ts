import { createServer, type Socket } from "node:net";
import { describe, expect, it, onTestFinished } from "vitest";
import { runGit } from "../../src/state/git.js";
import { tempDir } from "./helpers.js";

// A remote that takes the connection and never answers: git's fetch waits in its helper
// (git-remote-http), which holds git's output pipes. Stopping git alone at the time limit left
// the helper holding them, and the wait for git's output never ended: a `flows fire --state
// branch` against such a remote hung for good (seen past 4 minutes), not 120 s.
describe("runGit's time limit", () => {
  it("ends a fetch from a remote that never answers, and stops git's helper too", async () => {
    const sockets: Socket[] = [];
    let closed = 0;
    const server = createServer((socket) => {
      sockets.push(socket);
      socket.resume(); // read what git sends, so that its end is seen
      socket.on("close", () => closed++);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    onTestFinished(() => {
      for (const socket of sockets) socket.destroy();
      server.close();
    });
    const port = (server.address() as { port: number }).port;
    const cwd = await tempDir();
    await runGit({ args: ["init", "--bare", "--quiet", cwd], cwd });

    const ended = runGit({ args: ["fetch", `http://127.0.0.1:${port}/o/r.git`, "main"], cwd, timeoutMs: 1_000 });
    const output = await Promise.race([ended, new Promise<"still waiting">((resolve) => setTimeout(() => resolve("still waiting"), 20_000))]);

    expect(output).not.toBe("still waiting");
    expect(output).toMatchObject({ code: -1 });
    expect((output as { stderr: string }).stderr).toContain("git timed out and was stopped: it had not finished after 1 s (a remote that does not answer?)");
    // The helper that held the connection is gone, so the connection is closed.
    await expect.poll(() => closed, { timeout: 10_000 }).toBe(sockets.length);
    expect(sockets.length).toBeGreaterThan(0);
  }, 40_000);
});
