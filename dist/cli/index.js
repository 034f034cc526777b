#!/bin/sh
":" //; { true 9>&1; } 2>&- || { FLOWS_CLI_STDOUT=closed; export FLOWS_CLI_STDOUT; }; R() { r="$1"; while [ -h "$r" ]; do l="$(readlink "$r")"; case "$l" in /*) r="$l" ;; *) case "$r" in */*) r="${r%/*}/$l" ;; *) r="$l" ;; esac ;; esac; done; }; R "$0"; f="$r"; case "$f" in */*) d="${f%/*}/../.." ;; *) d="../.." ;; esac; [ -n "${BUN_JSC_useDFGJIT+x}" ] || { BUN_JSC_useDFGJIT=0 FLOWS_CLI_JIT=set; export BUN_JSC_useDFGJIT FLOWS_CLI_JIT; }; [ "$FLOWS_CLI_HOST" = node ] || [ -n "$FLOWS_CLI_HANDOVER" ] || for b in "$FLOWS_BUN" "$d/node_modules/.bin/bun" "$d/node_modules/bun/bin/bun.exe" "$d/../.bin/bun" "$d/../bun/bin/bun.exe" =PATH=; do [ "$b" = =PATH= ] && b="$(command -v bun)"; case "$b" in "$d"/node_modules/*) p="$d/node_modules/bun/bin" ;; "$d"/../*) p="$d/../bun/bin" ;; *) q="${b%/*}"; p=; for r in "$q" "$q/../bun/bin" "$q/../lib/node_modules/bun/bin"; do [ "$b" -ef "$r/bun.exe" ] && p="$r" && break; done ;; esac; [ -n "$p" ] && [ -f "$p/bunx.exe" ] && ! [ "$p/bun.exe" -ef "$p/bunx.exe" ] && continue; if [ -n "$b" ] && [ -f "$b" ] && [ -x "$b" ]; then case "${b##*/}" in bun|bun.exe) ;; *) R "$b"; case "${r##*/}" in bun|bun.exe) ;; *) exec node "$f" "$@" ;; esac ;; esac; FLOWS_CLI_HANDOVER="$b"; export FLOWS_CLI_HANDOVER; exec "$b" "$f" "$@"; fi; done; exec node "$f" "$@"
// The `flows` command (copied to dist/cli/index.js by scripts/bundle.mjs).
//
// The line above is a shell script to the shell and a string plus a comment to JavaScript. As
// a shell script (the `flows` bin on Linux and macOS) it runs this file on Bun when Bun is
// found — FLOWS_BUN, Bun installed next to flows-action, then PATH: the same order that finds
// the Bun for steps — and on Node otherwise. Bun starts in about 10 ms, Node in 40-150 ms, and
// steps need Bun anyway. Started with `node dist/cli/index.js ...` (Windows, scripts), this
// file hands over to Bun the same way when Bun is found, or runs the CLI on Node. (The shell
// part starts no process but Bun or Node when the package's own Bun is found: no dirname, and
// PATH is searched last.)
//
// Bun runs the CLI with JavaScriptCore's optimising JIT tier off (BUN_JSC_useDFGJIT=0, unless
// the caller set it): a command lasts tens of milliseconds, and compiling its hot code on
// another core takes CPU from the steps it starts (BENCHMARKS.md, "Seed parity"). Steps do not
// inherit it: FLOWS_CLI_JIT says the launcher set it, and both leave the environment before
// anything runs.
//
// The `bun` npm package ships a placeholder as bin/bun.exe (and bin/bunx.exe), a script that
// says "Bun's postinstall script was not run" and exits 1, until that script renames Bun's
// executable over bun.exe and hard-links bunx.exe to it. npm skips the script when package.json's
// allowScripts denies the package (an unapproved one, npm 11.19 runs with a warning), and so do
// --ignore-scripts and pnpm; the placeholder would then fail every command. The shell part passes over the package's Bun while bun.exe and bunx.exe are two files
// (`-ef`: three stat calls, no process), and so a FLOWS_BUN or a bun on PATH that is such a
// bun.exe: named itself, or linked from the npm layouts, a node_modules/.bin (../bun/bin) or a
// global install's bin (../lib/node_modules/bun/bin), told by `-ef` too, as no shell builtin
// reads a file's size or first bytes. The Node part then reads a small candidate to be sure
// (isBunPlaceholder in src/runners/find-bun.ts), hands over to it when it is Bun after all (a
// copy made where hard links fail), and else runs the CLI on Node, saying what to do.
//
// A lone placeholder, a bun.exe copied out of those layouts (FLOWS_BUN or PATH naming a copy),
// is not told apart by the shell part: it is started and exits 1 with Bun's own message (the
// Node part does tell it apart). Telling it apart takes its size or its first bytes, and no
// shell builtin reads a size; `read`, the one that reads a file, reads a byte per system call
// up to the first newline in dash (the sh of Debian and Ubuntu, GitHub's runners), which in
// Bun's Linux executable is byte 4,240: 4,241 calls, about 1 ms (0.95 ms measured) on every
// start with a Bun from PATH or FLOWS_BUN, against the launcher's 3.2-3.4 ms. `wc`, `head` or
// `stat` would be a process each, as costly. So the shell part leaves it to Bun's message.
//
// A program that is not Bun must never run in the command's place: FLOWS_BUN=/usr/bin/true, or a
// script that exits 0, would do nothing and report success. Bun's executable is called bun (bun.exe
// in the npm package), and every candidate but FLOWS_BUN is found by that name, so the shell part
// hands over only to a file called bun or bun.exe, or a link to one (its name is read first: one
// `case`, no process, on the usual path; links are followed only for another name). Any other
// FLOWS_BUN goes to the Node part, which asks it `--version` (bounded, as find-bun.ts asks) and
// hands over when it answers as Bun (Bun under another name, a wrapper script); else it says
// what it printed and what to change, leaves FLOWS_BUN out of the environment (steps would fail
// with it), and runs the command on the Bun found after it, or on Node.
//
// The hand-over happens at most once: both parts set FLOWS_CLI_HANDOVER to the program they hand
// over to, and neither hands over when it is set. A program called bun that is not Bun (a link to
// Node, say) runs this file on Node again: it then runs the CLI on Node and says once that the
// program is not Bun, rather than handing over again and again. A program called bun that is not
// Bun and does not run this file at all (a script called bun that exits 0) is not told apart:
// that would take a process on every start. The marker, too, leaves the environment before
// anything runs.
if (process.env.FLOWS_CLI_JIT === "set") {
  delete process.env.BUN_JSC_useDFGJIT;
  delete process.env.FLOWS_CLI_JIT;
}
// Standard output closed (`flows list >&-`): Bun and Node open /dev/null in its place before any
// JavaScript runs, so output would vanish with exit 0. The shell part can still tell (a builtin
// that copies descriptor 1 fails), and says so here; the CLI then fails on its first write
// (src/cli/terminal-write.ts). Node started directly (`node dist/cli/index.js`, Windows) cannot tell.
const stdoutClosed = process.env.FLOWS_CLI_STDOUT === "closed";
delete process.env.FLOWS_CLI_STDOUT;
const handedOverTo = process.env.FLOWS_CLI_HANDOVER;
if (handedOverTo !== undefined) delete process.env.FLOWS_CLI_HANDOVER;
// import.meta.filename (Node 20.11+, Bun) rather than node:url, which costs Bun about 1.5 ms to load.
const self = import.meta.filename;
const argv = process.argv.slice(2);

// `flows fire` and `flows run` go through `flows daemon` when one runs for this install, unless
// FLOWS_DAEMON=off, standard output was closed, or the event comes from standard input. When none
// runs, or it is busy, ends, or cannot run the command in this folder, the command runs here as
// usual. Asked before node:fs and node:path load (about 4.5 ms of Bun's CPU): the client uses Bun's
// own file calls. When none runs, one is started once the command has run here, in the background
// (`flows daemon start`), if the command was typed at a terminal outside CI, or FLOWS_DAEMON=auto
// (wantsDaemonStarted).
let daemonWanted = false;
let stderrIsTerminal = false;
if (
  typeof globalThis.Bun !== "undefined" &&
  (argv[0] === "fire" || argv[0] === "run") &&
  process.env.FLOWS_DAEMON !== "off" &&
  !stdoutClosed &&
  !argv.some((arg) => arg === "-" || arg.endsWith("=-"))
) {
  const code = await throughDaemon();
  if (code !== undefined) process.exit(code);
}

const { accessSync, constants, existsSync, readFileSync, realpathSync, statSync } = await import("node:fs");
const { basename, delimiter, dirname, join } = await import("node:path");
const packageDir = join(dirname(self), "..", "..");

if (typeof globalThis.Bun !== "undefined") {
  // On Bun: the Bun build of the CLI beside this file (dist/cli/bun/, built by
  // scripts/bun-cli-build.mjs), which starts without transpiling anything; the TypeScript
  // sources when there is none (this file run as src/cli/launcher.js, or a dist/ without it).
  // `flows fire` and `flows run` (the command's word first, as it usually is) load fire.js, the
  // build without the other commands, about half the code to load (BENCHMARKS.md, "Seed parity").
  const builds = argv[0] === "fire" || argv[0] === "run" ? ["fire.js", "main.js"] : ["main.js"];
  const entry = [...builds.map((name) => join(dirname(self), "bun", name)), join(packageDir, "src", "cli", "main.ts")].find((file) => existsSync(file));
  // Bun imports a path as it is: no file: URL (and no node:url) needed.
  const { main } = await import(entry ?? join(packageDir, "dist", "lib", "index.js"));
  const code = await (main ?? (await import(join(packageDir, "dist", "lib", "index.js"))).runCli)(argv, stdoutClosed ? { stdoutClosed } : {});
  // Done: on Bun the CLI has written everything synchronously (src/cli/terminal-write.ts), saved
  // every record and awaited every step, so it exits now rather than after the housekeeping
  // still queued (removing result files, looking for leftover temp folders), 4-5 ms of a
  // `flows fire`. Temp folders are removed by their exit handlers all the same.
  // A daemon is started only by a build (dist/cli/bun/), which `flows daemon serve` runs; a
  // usage error (2) ran nothing.
  if (daemonWanted && (code === 0 || code === 1) && entry?.startsWith(join(dirname(self), "bun")) === true) startDaemon();
  process.exit(code);
} else {
  if (handedOverTo !== undefined) process.stderr.write(`flows: ${notBun(handedOverTo)}\n`);
  // Steps would be started with it too and fail ("Bun is not defined"): they look further instead.
  if (handedOverTo !== undefined && handedOverTo === process.env.FLOWS_BUN) delete process.env.FLOWS_BUN;
  const found = process.env.FLOWS_CLI_HOST === "node" || handedOverTo !== undefined ? {} : await findBun();
  const bun = found.bun;
  if (found.notBun !== undefined) {
    process.stderr.write(`flows: ${notBunAnswer(found.notBun, bun)}\n`);
    // As above: steps would be started with it and fail; they look further instead.
    if (found.notBun.file === process.env.FLOWS_BUN) delete process.env.FLOWS_BUN;
  }
  if (bun === undefined && found.placeholder !== undefined) process.stderr.write(`flows: ${placeholderNote(found.placeholder)}\n`);
  const handedOver = bun === undefined ? undefined : await handOver(bun);
  if (handedOver !== undefined && handedOver.error === undefined) {
    if (handedOver.signal) process.kill(process.pid, handedOver.signal);
    process.exitCode = handedOver.status ?? 1;
  } else {
    const { pathToFileURL } = await import("node:url");
    const { runCli, exitIfWorkAbandoned } = await import(pathToFileURL(join(packageDir, "dist", "lib", "index.js")).href);
    process.exitCode = await runCli(argv, stdoutClosed ? { stdoutClosed } : {});
    // An artifact transfer abandoned past its deadline (`flows github --input state=artifact`, a
    // `--state artifact` listing) holds a socket for minutes more (src/abandoned-work.ts): with
    // the command's outcome known and written, end now, as on Bun above.
    await exitIfWorkAbandoned?.();
  }
}

/**
 * Runs the CLI on Bun and waits for it: its exit code, or the signal that ended it. Not
 * spawnSync, which cannot pass signals on: SIGTERM ended this launcher with 143 while Bun went
 * on dispatching, starting the next step. Ctrl-C reaches Bun from the terminal as well; Bun takes
 * the copy passed on a moment later as the same Ctrl-C (src/cli/signals.ts).
 */
async function handOver(bun) {
  // Loaded here: on Bun, node:child_process would cost every command a few milliseconds. Through
  // getBuiltinModule (Node 20.16+) where there is one: a dynamic import costs about 0.4 ms more.
  const { spawn } = process.getBuiltinModule?.("node:child_process") ?? (await import("node:child_process"));
  const env = { ...withJitTierOff(process.env), FLOWS_CLI_HANDOVER: bun, ...(stdoutClosed ? { FLOWS_CLI_STDOUT: "closed" } : {}) };
  // Passed on to Bun: a `kill` (or a runner stopping the job) meant for the command, not for this
  // launcher. (Declared here: the code above runs before the file's later declarations exist.)
  const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];
  return new Promise((done) => {
    const child = spawn(bun, [self, ...argv], { stdio: "inherit", env });
    const forward = (signal) => {
      try {
        child.kill(signal);
      } catch {
        // Already gone: its exit is on the way.
      }
    };
    for (const signal of FORWARDED) process.on(signal, forward);
    const settle = (result) => {
      for (const signal of FORWARDED) process.off(signal, forward);
      done(result);
    };
    child.once("error", (error) => settle({ error }));
    child.once("exit", (status, signal) => settle({ status, signal }));
  });
}

/** Why the CLI runs on Node although a Bun was found: the program handed over to ran this file on Node. */
function notBun(program) {
  const ran = "is not Bun: it ran the flows launcher on Node again, so the CLI runs on Node.";
  return program === process.env.FLOWS_BUN
    ? `FLOWS_BUN names ${program}, which ${ran} Steps use the Bun found next (beside flows-action, then PATH). Point FLOWS_BUN at Bun's executable, or unset it.`
    : `${program} ${ran} Set FLOWS_BUN to Bun's executable, or remove that file.`;
}

/** The environment the CLI runs on Bun with: the optimising JIT tier off, as the shell part sets it. */
function withJitTierOff(env) {
  return env.BUN_JSC_useDFGJIT === undefined ? { ...env, BUN_JSC_useDFGJIT: "0", FLOWS_CLI_JIT: "set" } : env;
}

/**
 * `bun`: the first Bun found; `placeholder`: the first placeholder of the `bun` npm package passed
 * over; `notBun`: the first program passed over that is not Bun, with what it did when asked.
 */
async function findBun() {
  const name = process.platform === "win32" ? "bun.exe" : "bun";
  const candidates = [
    process.env.FLOWS_BUN,
    join(packageDir, "node_modules", ".bin", name),
    join(packageDir, "node_modules", "bun", "bin", "bun.exe"),
    join(packageDir, "..", ".bin", name),
    join(packageDir, "..", "bun", "bin", "bun.exe"),
    ...(process.env.PATH ?? "").split(delimiter).filter(Boolean).map((dir) => join(dir, name)),
  ];
  let placeholder;
  let notBun;
  for (const file of candidates) {
    const size = file ? executableSize(file) : -1;
    if (size < 0) continue;
    if (isPlaceholder(file, size)) {
      placeholder ??= file;
      continue;
    }
    const answer = isNamedBun(file) ? undefined : await versionAnswer(file);
    if (answer === undefined) return { bun: file, placeholder, notBun };
    notBun ??= { file, answer };
  }
  return { placeholder, notBun };
}

/** Whether `file` is called bun (or bun.exe), or links to a file that is: the shell part's test. */
function isNamedBun(file) {
  const named = (path) => /^bun(\.exe)?$/i.test(basename(path));
  try {
    return named(file) || named(realpathSync(file));
  } catch {
    return false;
  }
}

/**
 * Undefined when `file` answers `--version` as Bun does (its version alone, like 1.2.3); else what
 * it did. Bounded, as askVersion in src/runners/find-bun.ts: a program that waits or writes without
 * end is stopped. Only FLOWS_BUN can be a file not called bun, so this runs only for one.
 */
async function versionAnswer(file) {
  const { spawnSync } = process.getBuiltinModule?.("node:child_process") ?? (await import("node:child_process"));
  const seconds = 10;
  const result = spawnSync(file, ["--version"], { encoding: "latin1", timeout: seconds * 1000, maxBuffer: 4096, stdio: ["ignore", "pipe", "ignore"], windowsHide: true });
  if (result.error !== undefined) {
    const code = result.error.code;
    return code === "ETIMEDOUT" ? `did not answer within ${seconds} s` : code === "ENOBUFS" ? "wrote more than a version" : `could not be started (${code ?? String(result.error)})`;
  }
  const printed = (result.stdout ?? "").trim().split(/\r?\n/)[0] ?? "";
  if (/^\d+\.\d+\.\d+\S*$/.test(printed) && result.status === 0) return undefined;
  const shown = printed === "" ? "printed nothing" : `printed ${JSON.stringify(printed.length > 60 ? `${printed.slice(0, 60)}...` : printed)}`;
  return result.status === 0 ? shown : `${shown} and exited with ${result.status ?? result.signal}`;
}

/** Why the CLI does not run on a program found (FLOWS_BUN, in practice), and on what it runs instead. */
function notBunAnswer({ file, answer }, bun) {
  const subject = file === process.env.FLOWS_BUN ? `FLOWS_BUN names ${file}, which` : file;
  const instead = bun === undefined ? "so this command runs on Node" : `so this command runs on the Bun found after it, ${bun}`;
  const fix =
    file === process.env.FLOWS_BUN
      ? "Point FLOWS_BUN at Bun's executable (`command -v bun` prints it), or unset it."
      : "Set FLOWS_BUN to Bun's executable, or remove that file.";
  return `${subject} is not Bun: asked \`--version\`, it ${answer}, where Bun prints its version (like 1.2.3), ${instead}, and steps look for Bun past it (beside flows-action, then PATH). ${fix}`;
}

/** The size of an executable file, or -1. */
function executableSize(file) {
  try {
    accessSync(file, constants.X_OK);
    const info = statSync(file);
    return info.isFile() ? info.size : -1;
  } catch {
    return -1;
  }
}

/** As isBunPlaceholder in src/runners/find-bun.ts: a small file (Bun is about 100 MB) that speaks of its postinstall script. */
function isPlaceholder(file, size) {
  try {
    return size <= 16 * 1024 && /postinstall/i.test(readFileSync(file, "latin1"));
  } catch {
    return false;
  }
}

/** What the placeholder is and what to do (as find-bun.ts says it when steps look for Bun). */
function placeholderNote(file) {
  return (
    `${file} is not Bun but the placeholder the "bun" npm package installs until its install script runs, and that script did not run ` +
    "(npm skips it when package.json's `allowScripts` denies it, and every install script with --ignore-scripts; pnpm skips them until approved), so this command runs on Node and flow steps cannot run. " +
    "Run `npm install-scripts approve bun` and then `npm rebuild bun` in the project that installed flows-action " +
    "(if its package.json's `allowScripts` has `\"bun\": false`, as `npm install-scripts deny bun` writes, delete that entry first: npm approves no package it was told to deny; npm 10 has no install-scripts command: there `npm rebuild bun` alone; " +
    "installed with -g: install it again with `--allow-scripts=bun`), " +
    "or install Bun another way (https://bun.sh) and put it on PATH or name it with FLOWS_BUN."
  );
}

/**
 * The socket of `flows daemon` for this install and user (daemonWhere in src/cli/daemon-command.ts
 * finds the same): in a folder that is this user's alone, a socket of this user's; else undefined.
 * The folder's path must be absolute (the daemon, started elsewhere, must find the same one).
 */
async function daemonSocket() {
  if (process.platform === "win32") return {};
  const env = process.env;
  const uid = process.getuid();
  const dir = env.FLOWS_DAEMON_DIR || `${env.XDG_RUNTIME_DIR || env.TMPDIR || "/tmp"}/flows-daemon-${uid}`;
  if (!dir.startsWith("/")) return {};
  // import.meta.dir is this file's folder with links resolved (<package>/dist/cli, or src/cli).
  const here = import.meta.dir;
  const packageDir = here.slice(0, here.lastIndexOf("/", here.lastIndexOf("/") - 1));
  const socket = `${dir}/${Bun.hash(packageDir).toString(36)}.sock`;
  try {
    const [folder, file] = await Promise.all([Bun.file(dir).stat().catch(missing), Bun.file(socket).stat().catch(missing)]);
    // None runs when the folder is not there, or is this user's alone without the socket (a
    // folder another user made, or open to others, is refused, and no daemon is started in it).
    if (folder === undefined) return { none: true };
    const folderIsMine = folder.isDirectory() && folder.uid === uid && (folder.mode & 0o077) === 0;
    if (!folderIsMine) return {};
    if (file === undefined) return { none: true };
    return file.isSocket() && file.uid === uid ? { socket } : {};
  } catch {
    return {};
  }
}

/** A stat that failed because the file is not there; any other failure is rethrown (refused). */
function missing(error) {
  if (error?.code === "ENOENT") return undefined;
  throw error;
}

/**
 * Whether a `flows daemon` is started when none runs: FLOWS_DAEMON=auto, or unset where someone
 * typed the command (standard output or error a terminal) and CI is not set. Scripts, CI jobs and
 * tests never get one they did not ask for; FLOWS_DAEMON=manual (or any other value) uses one only
 * when started with `flows daemon start`.
 */
function wantsDaemonStarted(terminals) {
  const setting = process.env.FLOWS_DAEMON;
  if (setting === "auto") return true;
  if (setting !== undefined && setting !== "") return false;
  const ci = process.env.CI;
  return (ci === undefined || ci === "" || ci === "false" || ci === "0") && (terminals.stdout || terminals.stderr);
}

/**
 * `flows daemon start` in the background, not waited for: it makes the folder, checks it, starts
 * the daemon and waits for it on its own (a second one started at the same moment ends within
 * 2 s: daemon-server.ts). Said on standard error when that is a terminal.
 */
function startDaemon() {
  try {
    Bun.spawn([process.execPath, self, "daemon", "start"], { cwd: "/", env: process.env, stdio: ["ignore", "ignore", "ignore"], detached: true }).unref();
  } catch {
    return;
  }
  if (stderrIsTerminal) {
    const idle = Number(process.env.FLOWS_DAEMON_IDLE_MINUTES);
    const minutes = Number.isFinite(idle) && idle > 0 ? idle : 30;
    writeSync2(
      "flows: starting `flows daemon` in the background: the next `flows fire` and `flows run` go through it and start faster. " +
        `It ends after ${minutes} minute${minutes === 1 ? "" : "s"} without a command; \`flows daemon stop\` ends it now, FLOWS_DAEMON=manual keeps it from starting by itself.\n`,
    );
  }
}

/**
 * Runs the command in `flows daemon` (src/cli/daemon-server.ts): sends the command line, folder,
 * environment, umask and whether the output goes to terminals; writes what comes back; passes
 * signals on. Resolves to the exit code, or undefined when the daemon did not take the command
 * (none answers, busy, its build changed): then nothing has run, and the command runs here.
 */
async function throughDaemon() {
  const [found, terminals] = await Promise.all([daemonSocket(), terminalsOf()]);
  const socket = found.socket;
  stderrIsTerminal = terminals.stderr;
  if (socket === undefined) {
    daemonWanted = found.none === true && wantsDaemonStarted(terminals);
    return undefined;
  }
  let nobodyListens = false;
  let request;
  try {
    request = `${JSON.stringify({ kind: "run", argv, cwd: process.cwd(), env: { ...process.env }, umask: process.umask(), ...terminals })}\n`;
  } catch {
    return undefined;
  }
  // Output is written in the order it came, each write after the one before.
  let writes = Promise.resolve();
  let stdoutFailed;
  const write = (fd, text) => {
    writes = writes.then(async () => {
      if (fd === 1 && stdoutFailed !== undefined) return;
      try {
        await Bun.write(fd === 1 ? Bun.stdout : Bun.stderr, text);
      } catch (error) {
        if (fd === 1) stdoutFailed = error?.code ?? String(error);
      }
    });
  };
  const code = await new Promise((settle) => {
    let pending = Buffer.from(request);
    let text = "";
    let accepted = false;
    let exitCode;
    const decoder = new TextDecoder();
    const flush = (connection) => {
      while (pending.length > 0) {
        const wrote = connection.write(pending);
        if (wrote <= 0) return;
        pending = pending.subarray(wrote);
      }
    };
    // The daemon stops the command on the first signal and ends it on a second (as the CLI does
    // alone); a third means the daemon is not answering, and the client exits by itself.
    let signalsSeen = 0;
    const forward = (connection) => (signal) => {
      signalsSeen += 1;
      if (signalsSeen >= 3) {
        writeSync2(`flows: received ${signal} again and the daemon has not ended the command: exiting now; steps it runs may go on.\n`);
        process.exit(signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 129);
      }
      pending = Buffer.concat([pending, Buffer.from(`${JSON.stringify({ kind: "signal", signal })}\n`)]);
      flush(connection);
    };
    const finish = () => {
      if (exitCode !== undefined) settle(exitCode);
      else if (accepted) {
        write(2, `flows: flows daemon ended before the command did (its log is beside ${socket}); run the command again, with FLOWS_DAEMON=off to run it without the daemon.\n`);
        settle(1);
      } else settle(undefined);
    };
    const onLine = (connection, line) => {
      let reply;
      try {
        reply = JSON.parse(line);
      } catch {
        connection.end();
        return;
      }
      if (reply.accepted === true) {
        accepted = true;
        for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, forward(connection));
      } else if (typeof reply.out === "string") write(1, reply.out);
      else if (typeof reply.err === "string") write(2, reply.err);
      else if (typeof reply.exit === "number") exitCode = reply.exit;
    };
    Bun.connect({
      unix: socket,
      socket: {
        open: flush,
        drain: flush,
        data(connection, chunk) {
          text += decoder.decode(chunk, { stream: true });
          for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n")) {
            const line = text.slice(0, end);
            text = text.slice(end + 1);
            onLine(connection, line);
          }
        },
        close: finish,
        error: () => {},
        // A socket nothing listens on: its daemon was killed (`flows daemon start` replaces it).
        connectError: () => {
          nobodyListens = true;
          settle(undefined);
        },
      },
    }).catch(() => settle(undefined));
  });
  await writes;
  if (code === undefined && nobodyListens) daemonWanted = wantsDaemonStarted(terminals);
  // Output that could not be written fails a command that otherwise succeeded; a reader that
  // left early (`flows fire ... | head -1`, EPIPE; ECONNRESET from a socket closed with output
  // unread) does not (as src/cli/main.ts does).
  if (code !== undefined && stdoutFailed !== undefined && stdoutFailed !== "EPIPE" && stdoutFailed !== "ECONNRESET") {
    await Bun.write(Bun.stderr, `flows: could not write to standard output: ${stdoutFailed}; the output is incomplete.\n`).catch(() => {});
    return code === 0 ? 1 : code;
  }
  return code;
}

/** Whether standard output and error are terminals: character devices other than /dev/null (as src/cli/terminal-write.ts tells). */
async function terminalsOf() {
  const [stdout, stderr, devNull] = await Promise.all([1, 2, "/dev/null"].map((file) => Bun.file(file).stat().catch(() => undefined)));
  const isTerminal = (info) => info?.isCharacterDevice() === true && info.rdev !== devNull?.rdev;
  return { stdout: isTerminal(stdout), stderr: isTerminal(stderr) };
}

/** Writes to standard error at once, for the last thing said before exiting (Bun.write is asynchronous). */
function writeSync2(text) {
  try {
    process.getBuiltinModule("node:fs").writeSync(2, text);
  } catch {}
}
