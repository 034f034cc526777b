// A service that accepts connections and never answers: no status line, no close. What a
// results service or a GitHub front end stuck behind a load balancer looks like to a client.
//
//   const silent = await startSilentServer();   // closed when the test finishes
//   fetch(silent.url)                          // hangs until the client gives up
//   silent.closed                              // connections the clients closed
import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { onTestFinished } from "vitest";

export type SilentServer = {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** Connections accepted so far. */
  readonly accepted: number;
  /** Connections the clients closed. */
  readonly closed: number;
};

export async function startSilentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  let closed = 0;
  const server = createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on("error", () => undefined);
    socket.on("close", () => {
      sockets.delete(socket);
      closed += 1;
    });
    socket.resume(); // read what is sent, answer nothing
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  onTestFinished(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((closed) => server.close(closed));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get accepted() {
      return accepted;
    },
    get closed() {
      return closed;
    },
  };
}
