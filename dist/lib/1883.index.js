export const id = 1883;
export const ids = [1883];
export const modules = {

/***/ 61883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DAEMON_ACTIONS: () => (/* binding */ DAEMON_ACTIONS),
/* harmony export */   daemonCommand: () => (/* binding */ daemonCommand),
/* harmony export */   daemonWhere: () => (/* binding */ daemonWhere)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87713);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41488);
/* harmony import */ var _runners_find_bun_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58595);






const DAEMON_ACTIONS = ["start", "stop", "status", "serve"];
const IDLE_MINUTES = 30;
const WAIT_MS = 10_000;
const MAX_SOCKET_PATH = 103;
async function daemonCommand(ctx, action) {
    if (action === undefined || !DAEMON_ACTIONS.includes(action)) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(action === undefined ? "flows daemon needs what to do: start, stop, status or serve." : `unknown daemon action "${action}": use start, stop, status or serve.`, "daemon");
    }
    const where = daemonWhere(ctx.env);
    if (action === "status")
        return status(ctx, where);
    if (action === "stop")
        return stop(ctx, where);
    if (action === "start")
        return start(ctx, where);
    return serve(ctx, where);
}
function daemonWhere(env) {
    const bun = globalThis.Bun;
    if (bun === undefined || process.platform === "win32") {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandFailed */ .nk("flows daemon runs on Bun, on Linux and macOS: install Bun (npm install bun, or https://bun.sh), and run flows again.");
    }
    const found = (0,_runners_find_bun_js__WEBPACK_IMPORTED_MODULE_5__.flowsActionPackageDir)();
    if (found === undefined)
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandFailed */ .nk("flows daemon could not find the flows-action package it belongs to (no package.json named flows-action above its code).");
    const packageDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(found);
    const dir = env.FLOWS_DAEMON_DIR || `${env.XDG_RUNTIME_DIR || env.TMPDIR || "/tmp"}/flows-daemon-${process.getuid?.() ?? 0}`;
    if (!(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(dir)) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandFailed */ .nk(`flows daemon's folder ${dir} is not an absolute path (from ${env.FLOWS_DAEMON_DIR ? "FLOWS_DAEMON_DIR" : env.XDG_RUNTIME_DIR ? "XDG_RUNTIME_DIR" : "TMPDIR"}): set FLOWS_DAEMON_DIR to an absolute one.`);
    }
    const name = bun.hash(packageDir).toString(36);
    return { dir, socket: `${dir}/${name}.sock`, log: `${dir}/${name}.log`, packageDir };
}
async function status(ctx, where) {
    const reply = await ask(where.socket, "status");
    const running = reply !== undefined && "status" in reply ? reply.status : undefined;
    if (ctx.json) {
        ctx.out(`${JSON.stringify(running === undefined ? { running: false, socket: where.socket } : { running: true, ...running, log: where.log })}\n`);
    }
    else if (running === undefined) {
        ctx.out(`flows daemon: not running (${ctx.invocation} daemon start starts it).\n`);
    }
    else {
        ctx.out(statusText(running, where));
    }
    return _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
}
function statusText(status, where) {
    return (`flows daemon: running (pid ${status.pid}) since ${status.startedAt}; ${status.served} command${status.served === 1 ? "" : "s"} run${status.busy ? ", one running now" : ""}.\n` +
        `  socket: ${status.socket}\n  log: ${where.log}\n  ends after ${status.idleMinutes} minutes without a command.\n`);
}
async function stop(ctx, where) {
    const reply = await ask(where.socket, "stop");
    if (reply === undefined) {
        ctx.out("flows daemon: not running.\n");
        return _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    }
    const until = Date.now() + WAIT_MS;
    while ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(where.socket) && Date.now() < until)
        await sleep(20);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(where.socket)) {
        ctx.out(`flows daemon: stopping once the command it runs has ended (${where.socket} is removed then).\n`);
        return _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    }
    ctx.out("flows daemon: stopped.\n");
    return _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
}
async function start(ctx, where) {
    const before = await ask(where.socket, "status");
    if (before !== undefined && "status" in before) {
        ctx.out(`flows daemon: already running (pid ${before.status.pid}); \`flows fire\` and \`flows run\` go through it.\n`);
        return _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    }
    const launcher = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(where.packageDir, "dist", "cli", "index.js");
    const builds = [launcher, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(where.packageDir, "dist", "cli", "bun", "main.js")];
    const missing = builds.find((file) => !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file));
    if (missing !== undefined)
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandFailed */ .nk(`flows daemon runs the built CLI, and ${missing} is missing: run \`npm run bundle\` in ${where.packageDir} first.`);
    checkFolder(where);
    const log = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(where.log, "a", 0o600);
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 19));
    const jit = process.env.BUN_JSC_useDFGJIT === undefined ? { BUN_JSC_useDFGJIT: "0", FLOWS_CLI_JIT: "set" } : {};
    const child = spawn(process.execPath, [launcher, "daemon", "serve"], { cwd: "/", env: { ...process.env, ...jit }, detached: true, stdio: ["ignore", log, log] });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(log);
    let exited;
    child.once("exit", (code) => {
        exited = code;
    });
    child.once("error", () => {
        exited = -1;
    });
    child.unref();
    const until = Date.now() + WAIT_MS;
    while (Date.now() < until && exited === undefined) {
        const reply = await ask(where.socket, "status");
        if (reply !== undefined && "status" in reply) {
            ctx.out(`flows daemon: started (pid ${reply.status.pid}); \`flows fire\` and \`flows run\` go through it until it has had no command for ${reply.status.idleMinutes} minutes ` +
                `(\`${ctx.invocation} daemon stop\` ends it; FLOWS_DAEMON=off runs a command without it).\n  socket: ${where.socket}\n  log: ${where.log}\n`);
            return _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
        }
        await sleep(20);
    }
    throw new _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandFailed */ .nk(`flows daemon did not start${exited === undefined ? ` within ${WAIT_MS / 1000} s` : ""}. Its log (${where.log}) ends:\n${logTail(where.log)}`);
}
async function serve(ctx, where) {
    const running = await ask(where.socket, "status");
    if (running !== undefined && "status" in running)
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandFailed */ .nk(`flows daemon is already running (pid ${running.status.pid}) on ${where.socket}.`);
    checkFolder(where);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(where.socket, { force: true });
    const build = ["index.js", "bun/main.js", "bun/main.js.jsc", "bun/fire.js", "bun/fire.js.jsc"].map((file) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(where.packageDir, "dist", "cli", file));
    const idle = Number(ctx.env.FLOWS_DAEMON_IDLE_MINUTES);
    const [{ serveDaemon }, { runCommandLine }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(8713), __webpack_require__.e(8095), __webpack_require__.e(5755)]).then(__webpack_require__.bind(__webpack_require__, 5755)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 19296))]);
    await serveDaemon({
        socket: where.socket,
        idleMinutes: Number.isFinite(idle) && idle > 0 ? idle : IDLE_MINUTES,
        build,
        run: runCommandLine,
        log: (line) => ctx.err(`${new Date().toISOString()} flows daemon: ${line}\n`),
    });
    return _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
}
function checkFolder(where) {
    if (Buffer.byteLength(where.socket) > MAX_SOCKET_PATH) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandFailed */ .nk(`The daemon's socket path ${where.socket} is longer than a socket path can be (${MAX_SOCKET_PATH} bytes): set FLOWS_DAEMON_DIR to a shorter folder of yours.`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(where.dir, { recursive: true, mode: 0o700 });
    const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(where.dir);
    const uid = process.getuid?.();
    const problem = !info.isDirectory()
        ? "is not a folder"
        : uid !== undefined && info.uid !== uid
            ? `belongs to another user (uid ${info.uid})`
            : (info.mode & 0o077) !== 0
                ? `can be used by other users (mode ${(info.mode & 0o777).toString(8)})`
                : undefined;
    if (problem !== undefined) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandFailed */ .nk(`${where.dir} ${problem}: flows daemon keeps its socket in a folder only you can use, as whoever reaches the socket runs commands as you. ` +
            `Remove it, or set FLOWS_DAEMON_DIR to a folder of yours with mode 700.`);
    }
}
function ask(socket, kind) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(socket))
        return Promise.resolve(undefined);
    return new Promise((resolve) => {
        const connection = (0,node_net__WEBPACK_IMPORTED_MODULE_1__.createConnection)(socket);
        let text = "";
        const settle = (reply) => {
            clearTimeout(timer);
            connection.destroy();
            resolve(reply);
        };
        const timer = setTimeout(() => settle(undefined), WAIT_MS);
        connection.on("connect", () => connection.write(`${JSON.stringify({ kind })}\n`));
        connection.on("data", (chunk) => {
            text += chunk.toString("utf8");
            const end = text.indexOf("\n");
            if (end === -1)
                return;
            try {
                settle(JSON.parse(text.slice(0, end)));
            }
            catch {
                settle(undefined);
            }
        });
        connection.on("error", () => settle(undefined));
        connection.on("close", () => settle(undefined));
    });
}
function logTail(log) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(log, "utf8").split("\n").slice(-12).join("\n");
    }
    catch {
        return "(no log)";
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ })

};
