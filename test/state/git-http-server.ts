import { spawn } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type GitHttpServer = { port: number; close(): Promise<void> };
export type GitHttpServerOptions = {
  /** Folder holding bare repositories, served as http://127.0.0.1:<port>/<name>.git */
  root: string;
  /** Answer like GitHub does to a token that may not do this: 403 with its message. */
  deny?: "push" | "everything";
  /** Answer 401 unless the request carries exactly this Authorization header. */
  authorization?: string;
  /** Hold each push this long before git receives it (to look at the client meanwhile). */
  pushDelayMs?: number;
  /** Every Authorization header seen, for tests to check. */
  seen?: string[];
  /**
   * Take each request (`everything`) or each push (`push`) and never answer it: a remote that
   * hangs. Each request held is counted in `held` (as `fetch` or `push`), for tests to count what
   * git tried.
   */
  hang?: "everything" | "push";
  held?: Array<"fetch" | "push">;
  /** Once a push has been answered, take every request after it and never answer (`hang` becomes "everything"). */
  hangAfterPush?: boolean;
};

/**
 * Git's smart HTTP protocol served by real `git http-backend` (CGI) — a stand-in for
 * github.com that speaks the same protocol, so the store's real git client talks to it.
 */
export async function startGitHttpServer(options: GitHttpServerOptions): Promise<GitHttpServer> {
  const hanging: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const isPush = url.pathname.endsWith("/git-receive-pack") || url.searchParams.get("service") === "git-receive-pack";
    if (options.hang === "everything" || (options.hang === "push" && isPush)) {
      options.held?.push(isPush ? "push" : "fetch");
      hanging.push(request);
      request.resume();
      return;
    }
    handle(options, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const request of hanging) request.socket.destroy(); // else close waits for them for good
        server.close(() => resolve());
      }),
  };
}

function handle(options: GitHttpServerOptions, request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const isPush =
    url.pathname.endsWith("/git-receive-pack") || url.searchParams.get("service") === "git-receive-pack";
  if (request.headers.authorization) options.seen?.push(request.headers.authorization);
  if (options.authorization && request.headers.authorization !== options.authorization) {
    response.writeHead(401, { "www-authenticate": 'Basic realm="GitHub"', "content-type": "text/plain" });
    response.end("Authentication required\n");
    return;
  }
  if (isPush && options.pushDelayMs && request.method === "POST") {
    const delay = options.pushDelayMs;
    options.pushDelayMs = 0; // only the first push waits
    setTimeout(() => handle(options, request, response), delay);
    return;
  }
  if (options.deny === "everything" || (options.deny === "push" && isPush)) {
    // What github.com answers when the token lacks contents: write.
    response.writeHead(403, { "content-type": "text/plain" });
    response.end("Permission to owner/repo.git denied to github-actions[bot].\n");
    return;
  }
  const backend = spawn("git", ["http-backend"], {
    env: {
      ...process.env,
      GIT_PROJECT_ROOT: options.root,
      GIT_HTTP_EXPORT_ALL: "1",
      PATH_INFO: url.pathname,
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: request.method ?? "GET",
      CONTENT_TYPE: request.headers["content-type"] ?? "",
      ...(request.headers["content-length"] ? { CONTENT_LENGTH: request.headers["content-length"] } : {}),
      ...(request.headers["content-encoding"] ? { HTTP_CONTENT_ENCODING: request.headers["content-encoding"] } : {}),
      GIT_PROTOCOL: String(request.headers["git-protocol"] ?? ""),
      REMOTE_USER: "x-access-token",
      REMOTE_ADDR: "127.0.0.1",
    },
  });
  request.pipe(backend.stdin);
  let head = Buffer.alloc(0);
  let headersSent = false;
  backend.stdout.on("data", (chunk: Buffer) => {
    if (headersSent) {
      response.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf("\r\n\r\n");
    if (end < 0) return;
    const headers: Record<string, string> = {};
    let status = 200;
    for (const line of head.subarray(0, end).toString("utf8").split("\r\n")) {
      const colon = line.indexOf(":");
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === "status") status = Number.parseInt(value, 10);
      else headers[name] = value;
    }
    response.writeHead(status, headers);
    headersSent = true;
    response.write(head.subarray(end + 4));
  });
  backend.on("close", () => {
    response.end();
    if (isPush && request.method === "POST" && options.hangAfterPush) options.hang = "everything";
  });
}
