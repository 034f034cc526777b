export const id = 3843;
export const ids = [3843,8595,872];
export const modules = {

/***/ 3843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bunAssetName: () => (/* binding */ bunAssetName),
  resolveBun: () => (/* binding */ resolveBun)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/action/inputs.js + 2 modules
var inputs = __webpack_require__(46988);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./.build/abandoned-work.js
var abandoned_work = __webpack_require__(67926);
// EXTERNAL MODULE: ./.build/deadline.js
var deadline = __webpack_require__(50872);
// EXTERNAL MODULE: ./.build/url-secrets.js
var url_secrets = __webpack_require__(95371);
;// CONCATENATED MODULE: ./.build/action/bun-download.js









const MAX_BUN_DOWNLOAD_BYTES = 256 * 1024 * 1024;
const ZIP_SIZES = "a Bun release zip may be (they are 20-45 MB)";
const DEFAULT_BUN_DOWNLOAD_TIMEOUT_MS = 5 * 60_000;
const RETRY_DELAYS_MS = [10_000, 15_000];
class DownloadTooLarge extends Error {
    name = "DownloadTooLarge";
}
class DownloadTimedOut extends Error {
    name = "DownloadTimedOut";
}
class DownloadFailed extends Error {
    retry;
    name = "DownloadFailed";
    constructor(message, retry) {
        super(message);
        this.retry = retry;
    }
}
async function downloadFile(url, options) {
    const maxBytes = options.maxBytes ?? MAX_BUN_DOWNLOAD_BYTES;
    const timeoutMs = Math.min(options.timeoutMs ?? DEFAULT_BUN_DOWNLOAD_TIMEOUT_MS, deadline/* MAX_TIMER_MS */._o);
    const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
    const target = new URL(url);
    const basic = (0,url_secrets/* basicCredentials */.BG)(url);
    target.username = "";
    target.password = "";
    const headers = basic === undefined ? {} : { authorization: `Basic ${Buffer.from(basic).toString("base64")}` };
    const { HttpClient } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(4942)]).then(__webpack_require__.bind(__webpack_require__, 44942));
    const client = new HttpClient("flows-action", [], { allowRetries: false });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(options.dest), { recursive: true });
    const started = Date.now();
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(), timeoutMs);
    const progress = { received: 0, started };
    try {
        for (let attempt = 0;; attempt++) {
            try {
                Object.assign(progress, { received: 0, declared: undefined, started: Date.now() });
                await downloadOnce({ client, url: target.toString(), headers, dest: options.dest, maxBytes, signal: stop.signal, progress });
                return;
            }
            catch (error) {
                await (0,promises_.rm)(options.dest, { force: true });
                if (stop.signal.aborted)
                    throw timedOut(timeoutMs, attempt, progress);
                const delay = delays[attempt];
                const retry = error instanceof DownloadFailed ? error.retry : !(error instanceof DownloadTooLarge);
                if (!retry || delay === undefined)
                    throw error instanceof DownloadTooLarge || error instanceof DownloadFailed ? error : new DownloadFailed(messageOf(error), true);
                options.onRetry?.(`${messageOf(error)}; trying again in ${delay / 1000} s`);
                try {
                    await (0,external_node_timers_promises_.setTimeout)(delay, undefined, { signal: stop.signal });
                }
                catch {
                    throw timedOut(timeoutMs, attempt, progress, messageOf(error));
                }
            }
        }
    }
    finally {
        clearTimeout(timer);
        client.dispose();
    }
}
function timedOut(timeoutMs, attempt, progress, failed) {
    const seconds = (Date.now() - progress.started) / 1000;
    const tries = attempt === 0 ? "" : ` (attempt ${attempt + 1})`;
    let got;
    let stopped = "the download was stopped and what had come was removed";
    if (failed !== undefined) {
        got = `attempt ${attempt + 1} failed (${failed}) and the time ran out in the wait before the next`;
    }
    else if (progress.declared === undefined && progress.received === 0) {
        got = `the server had not begun its answer after ${describeSeconds(seconds)}${tries}`;
        stopped = "the request was stopped";
    }
    else {
        const of = progress.declared === undefined ? "" : ` of the ${bytes(progress.declared)} its Content-Length declared`;
        got = `${bytes(progress.received)}${of} arrived in ${describeSeconds(seconds)}${tries}, ${rate(progress.received, seconds)}`;
    }
    return new DownloadTimedOut(`did not finish within ${(0,deadline/* describeDuration */.MB)(timeoutMs)}: ${got}; ${stopped}`);
}
async function downloadOnce(options) {
    const { maxBytes, signal, progress } = options;
    const response = await answerBefore(options.client.get(options.url, options.headers), signal);
    const answer = response.message;
    const status = answer.statusCode ?? 0;
    if (status !== 200) {
        answer.destroy();
        throw new DownloadFailed(`the server answered HTTP ${status}${answer.statusMessage ? ` ${answer.statusMessage}` : ""}`, status >= 500 || status === 408 || status === 429);
    }
    const declared = Number(answer.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) {
        answer.destroy();
        throw new DownloadTooLarge(`is ${declared.toLocaleString("en-US")} bytes by its Content-Length, over the ${mebibytes(maxBytes)} ${ZIP_SIZES}: nothing was saved`);
    }
    if (Number.isFinite(declared))
        progress.declared = declared;
    const limit = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            progress.received += chunk.byteLength;
            if (progress.received > maxBytes)
                done(new DownloadTooLarge(`went on past the ${mebibytes(maxBytes)} ${ZIP_SIZES}: the download was stopped there and what had come was removed`));
            else
                done(null, chunk);
        },
    });
    await (0,external_node_stream_promises_.pipeline)(answer, limit, (0,external_node_fs_.createWriteStream)(options.dest, { flags: "wx" }), { signal });
}
async function answerBefore(request, signal) {
    signal.throwIfAborted();
    let onAbort;
    const aborted = new Promise((_, reject) => {
        onAbort = () => reject(signal.reason);
        signal.addEventListener("abort", onAbort, { once: true });
    });
    try {
        return await Promise.race([request, aborted]);
    }
    catch (error) {
        if (signal.aborted)
            (0,abandoned_work/* abandonWork */.$s)(request.then((late) => late.message.destroy()));
        throw error;
    }
    finally {
        if (onAbort)
            signal.removeEventListener("abort", onAbort);
    }
}
function bytes(count) {
    return `${count.toLocaleString("en-US")} bytes`;
}
function rate(received, seconds) {
    const perSecond = seconds > 0 ? received / seconds : 0;
    if (perSecond < 1024)
        return `${perSecond.toLocaleString("en-US", { maximumFractionDigits: 1 })} bytes/s`;
    return `${(perSecond / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} KiB/s`;
}
function describeSeconds(seconds) {
    return (0,deadline/* describeDuration */.MB)(Math.round(seconds * 1000));
}
function mebibytes(bytes) {
    return `${(bytes / 1024 / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} MiB`;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./.build/runners/find-bun.js
var find_bun = __webpack_require__(58595);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
// EXTERNAL MODULE: ./.build/zip-entry.js
var zip_entry = __webpack_require__(7444);
;// CONCATENATED MODULE: ./.build/action/bun.js











async function resolveBun(options) {
    const platform = options.platform ?? process.platform;
    const passedOver = [];
    const onPath = (0,find_bun/* findOnPath */.aY)(platform === "win32" ? "bun.exe" : "bun", options.env, passedOver);
    if (onPath)
        return onPath;
    for (const placeholder of passedOver) {
        options.io.info(`${placeholder} on PATH is not Bun but the placeholder the "bun" npm package installs until its install script runs; that script did not run (package.json's \`allowScripts\` has \`"bun": false\`, or --ignore-scripts, or pnpm): set Bun up with oven-sh/setup-bun before this step, or approve the script (\`npm install-scripts approve bun\`, after deleting a \`"bun": false\` entry; npm 10 needs no approval) and then run \`npm rebuild bun\`; passed over.`);
    }
    if (!process.env.RUNNER_TOOL_CACHE) {
        throw new user_error/* UserError */.y("bun is not on PATH, and outside a GitHub runner (no RUNNER_TOOL_CACHE) flows-action does not install it: " +
            "install Bun (https://bun.sh) or put its folder on PATH (after `npm ci` in flows-action, node_modules/.bin holds one).");
    }
    const { bunVersion: version, bunDownloadUrl } = options.inputs;
    const asset = bunAssetName(platform, options.arch ?? process.arch);
    const tc = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(2088), __webpack_require__.e(1955), __webpack_require__.e(4942), __webpack_require__.e(3838), __webpack_require__.e(9805)]).then(__webpack_require__.bind(__webpack_require__, 59805));
    let folder = tc.find("bun", version);
    if (folder) {
        options.io.info(`bun is not on PATH; using Bun ${version} from the tool cache (${folder}).`);
    }
    else {
        const url = assetUrl(bunDownloadUrl, `bun-v${version}/${asset}.zip`);
        const shown = shownUrl(url);
        const timeoutMs = (0,deadline/* optionalSecondsSetting */.IE)(DOWNLOAD_TIMEOUT_SETTING, { unset: `the default of ${(0,deadline/* describeDuration */.MB)(DEFAULT_BUN_DOWNLOAD_TIMEOUT_MS)}` });
        options.io.info(`bun is not on PATH; installing Bun ${version} from ${shown} into the tool cache.`);
        const download = { version, shown, official: bunDownloadUrl === inputs/* DEFAULT_BUN_DOWNLOAD_URL */.Tm };
        const archive = (0,external_node_path_.join)(runnerTemp(), `bun-${(0,external_node_crypto_.randomUUID)()}.zip`);
        const extracted = (0,external_node_path_.join)(runnerTemp(), `bun-${(0,external_node_crypto_.randomUUID)()}`);
        try {
            try {
                await downloadFile(url, {
                    dest: archive,
                    onRetry: (why) => options.io.info(`Downloading Bun ${version} failed (${why}).`),
                    ...(timeoutMs === undefined ? {} : { timeoutMs }),
                    ...options.download,
                });
            }
            catch (error) {
                if (error instanceof DownloadTooLarge)
                    throw badDownload(download, error.message);
                if (error instanceof DownloadTimedOut)
                    throw slowDownload(download, error.message);
                throw new user_error/* UserError */.y(`downloading Bun ${version} from ${shown} failed (${error instanceof Error ? error.message : String(error)}). ` +
                    'Check the "bun-version" and "bun-download-url" inputs, or put bun on PATH before this step (for example with oven-sh/setup-bun).');
            }
            const wrong = await notAZip(archive);
            if (wrong)
                throw badDownload(download, wrong);
            try {
                await tc.extractZip(archive, extracted);
            }
            catch (error) {
                throw badDownload(download, `could not be unpacked (${error instanceof Error ? error.message : String(error)}): the zip is damaged`);
            }
            const unpacked = (0,external_node_path_.join)(extracted, asset);
            try {
                await (0,promises_.access)((0,external_node_path_.join)(unpacked, platform === "win32" ? "bun.exe" : "bun"), promises_.constants.F_OK);
            }
            catch {
                throw badDownload(download, `is a zip without ${asset}/${platform === "win32" ? "bun.exe" : "bun"} in it, so it is not Bun's release zip for this machine`);
            }
            folder = await tc.cacheDir(unpacked, "bun", version);
        }
        finally {
            await (0,promises_.rm)(archive, { force: true });
            await (0,promises_.rm)(extracted, { recursive: true, force: true });
        }
    }
    const executable = (0,external_node_path_.join)(folder, platform === "win32" ? "bun.exe" : "bun");
    options.env.PATH = [(0,external_node_path_.dirname)(executable), options.env.PATH].filter(Boolean).join(external_node_path_.delimiter);
    return executable;
}
function assetUrl(base, path) {
    const url = new URL(base);
    url.pathname = `${url.pathname.replace(/\/+$/, "")}/${path}`;
    return url.toString();
}
function runnerTemp() {
    return process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
}
const DOWNLOAD_TIMEOUT_SETTING = "FLOWS_BUN_DOWNLOAD_TIMEOUT_SECONDS";
function slowDownload(download, why) {
    const mirror = download.official
        ? `run the job again, or set "bun-download-url" to a faster mirror of Bun's release zips`
        : `set "bun-download-url" to a faster mirror, or remove it to let the action fetch the official build`;
    return new user_error/* UserError */.y(`Downloading Bun ${download.version} from ${download.shown} ${why}. To fix it, ${mirror}; ` +
        `or install Bun before this step with oven-sh/setup-bun (the action then uses the bun on PATH); or, on a slow network, raise the limit with ${DOWNLOAD_TIMEOUT_SETTING}.`);
}
function badDownload(download, wrong) {
    const change = download.official
        ? `Check the "bun-version" input (Bun's releases are at ${inputs/* DEFAULT_BUN_DOWNLOAD_URL */.Tm}), run the job again if the download was cut, or put bun on PATH before this step (for example with oven-sh/setup-bun).`
        : `Set "bun-download-url" to a mirror that serves Bun's release zips (bun-v<version>/bun-<os>-<arch>.zip, as ${inputs/* DEFAULT_BUN_DOWNLOAD_URL */.Tm} does), or remove it to let the action fetch the official build; or put bun on PATH before this step (for example with oven-sh/setup-bun).`;
    return new user_error/* UserError */.y(`The file downloaded for Bun ${download.version} from ${download.shown} ${wrong}. ${change}`);
}
async function notAZip(file) {
    const handle = await (0,promises_.open)(file, "r");
    try {
        const { size } = await handle.stat();
        if (size === 0)
            return "is empty (0 bytes), not a zip archive";
        const head = Buffer.alloc(Math.min(size, 512));
        await handle.read(head, 0, head.length, 0);
        const bytes = `${size.toLocaleString("en-US")} bytes`;
        if (!(0,zip_entry/* startsAsZip */.x3)(head)) {
            const text = head.toString("latin1").trimStart().toLowerCase();
            if (text.startsWith("<!doctype html") || text.startsWith("<html") || /<(head|body|title)\b/.test(text)) {
                return `is a web page (${bytes} of HTML), not a zip archive: the server answered with a page (an error or sign-in page, or a mirror's index) where Bun's release zip should be`;
            }
            const start = head.subarray(0, 60).toString("latin1");
            const printable = /^[\t\n\r\x20-\x7e]*$/.test(start);
            return `is not a zip archive (${bytes}${printable ? `, text starting ${JSON.stringify(start.trim())}` : ""}; a zip starts with "PK")`;
        }
        const tailLength = Math.min(size, zip_entry/* ZIP_TAIL_BYTES */.VR);
        const tail = Buffer.alloc(tailLength);
        await handle.read(tail, 0, tailLength, size - tailLength);
        if ((0,zip_entry/* endRecordOffset */.GQ)(tail) >= 0)
            return undefined;
        return `is a cut-off zip archive (${bytes}, without the end record that lists its files): the download was truncated`;
    }
    finally {
        await handle.close();
    }
}
function shownUrl(url) {
    const shown = (0,url_secrets/* urlWithoutSecrets */.Zx)(url);
    if (!shown)
        return "(an invalid URL)";
    return shown.hidden ? `${shown.url} (credentials and query not shown)` : shown.url;
}
function bunAssetName(platform, arch) {
    const os = platform === "win32" ? "windows" : platform;
    const cpu = arch === "arm64" ? "aarch64" : arch === "x64" ? "x64" : undefined;
    if (!["linux", "darwin", "windows"].includes(os) || !cpu) {
        throw new user_error/* UserError */.y(`Bun has no release for ${platform}/${arch}; install bun on PATH yourself before this step.`);
    }
    return `bun-${os}-${cpu}`;
}


/***/ }),

/***/ 50872:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ TransferTimeoutError),
/* harmony export */   I: () => (/* binding */ secondsSetting),
/* harmony export */   IE: () => (/* binding */ optionalSecondsSetting),
/* harmony export */   L$: () => (/* binding */ transferTimeoutMs),
/* harmony export */   MB: () => (/* binding */ describeDuration),
/* harmony export */   _o: () => (/* binding */ MAX_TIMER_MS),
/* harmony export */   iP: () => (/* binding */ withinDeadline)
/* harmony export */ });
/* unused harmony export DEFAULT_TRANSFER_TIMEOUT_MS */
/* harmony import */ var _abandoned_work_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67926);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99416);


const DEFAULT_TRANSFER_TIMEOUT_MS = 5 * 60_000;
const MAX_TIMER_MS = 2_147_483_647;
function transferTimeoutMs(option) {
    if (option !== undefined) {
        if (!(option > 0))
            throw new _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`transferTimeoutMs must be a number of milliseconds above 0, got ${String(option)}`);
        return Math.min(option, MAX_TIMER_MS);
    }
    return Math.min(secondsSetting("FLOWS_ARTIFACT_TIMEOUT_SECONDS", DEFAULT_TRANSFER_TIMEOUT_MS), MAX_TIMER_MS);
}
function secondsSetting(name, defaultMs) {
    return optionalSecondsSetting(name, { unset: `the default of ${describeDuration(defaultMs)}` }) ?? defaultMs;
}
function optionalSecondsSetting(name, range, env = process.env) {
    const text = env[name]?.trim();
    if (!text)
        return undefined;
    const seconds = Number(text);
    const { zero = false, maxSeconds = Number.POSITIVE_INFINITY } = range;
    if ((zero ? seconds >= 0 : seconds > 0) && seconds <= maxSeconds)
        return seconds * 1000;
    const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
    const from = zero ? (Number.isFinite(maxSeconds) ? `from 0 to ${maxSeconds}` : "of 0 or more") : `above 0${Number.isFinite(maxSeconds) ? `, at most ${maxSeconds}` : ""}`;
    throw new _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${name} must be a number of seconds ${from} (fractions allowed), got ${shown}; set it so, or unset it for ${range.unset}.`);
}
class TransferTimeoutError extends Error {
    ms;
    name = "TransferTimeoutError";
    constructor(ms) {
        super(`it did not finish within ${describeDuration(ms)}`);
        this.ms = ms;
    }
}
async function withinDeadline(ms, work) {
    if (Number.isNaN(ms))
        throw new RangeError("withinDeadline needs a limit in milliseconds, got NaN");
    const delay = Math.min(ms, MAX_TIMER_MS);
    const stop = new AbortController();
    const running = work(stop.signal);
    let timer;
    const late = new Promise((_, reject) => {
        timer = setTimeout(() => {
            stop.abort();
            (0,_abandoned_work_js__WEBPACK_IMPORTED_MODULE_0__/* .abandonWork */ .$s)(running);
            reject(new TransferTimeoutError(delay));
        }, delay);
    });
    try {
        return await Promise.race([running, late]);
    }
    finally {
        clearTimeout(timer);
    }
}
function describeDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    if (ms < 120_000)
        return `${Math.round(ms / 100) / 10} s`;
    return `${Math.round(ms / 6000) / 10} minutes`;
}


/***/ }),

/***/ 32718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ fileURLToPath),
/* harmony export */   q: () => (/* binding */ pathToFileURL)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);

const builtIn = globalThis.Bun;
const requireBuiltin = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let nodeUrl;
function conversions() {
    if (builtIn)
        return builtIn;
    nodeUrl ??= requireBuiltin("node:url");
    return nodeUrl;
}
function pathToFileURL(path) {
    return conversions().pathToFileURL(path);
}
function fileURLToPath(url) {
    return conversions().fileURLToPath(url);
}


/***/ }),

/***/ 58595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ findOnPath),
/* harmony export */   findBun: () => (/* binding */ findBun)
/* harmony export */ });
/* unused harmony exports BUN_VARIABLE, BunNotFoundError, bunBesidePackage, flowsActionPackageDir, isBunPlaceholder */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _file_url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32718);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99416);





const BUN_VARIABLE = "FLOWS_BUN";
class BunNotFoundError extends _user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y {
    name = "BunNotFoundError";
    cliMessage;
    constructor(message, cliMessage) {
        super(message);
        if (cliMessage !== undefined && cliMessage !== message)
            this.cliMessage = cliMessage;
    }
}
function findBun(options = {}) {
    const env = options.env ?? process.env;
    const platform = options.platform ?? process.platform;
    let placeholder;
    if (options.explicit) {
        const passedOver = [];
        const given = isExecutable(options.explicit) ? options.explicit : /[\\/]/.test(options.explicit) ? undefined : findOnPath(options.explicit, env, passedOver);
        const stub = given !== undefined && isBunPlaceholder(given) ? given : given === undefined ? passedOver[0] : undefined;
        const explicit = options.explicit;
        const said = (say) => {
            const [library, cli] = [say("bunPath"), say("--bun")];
            return options.caller === "cli" ? new BunNotFoundError(cli) : new BunNotFoundError(library, cli);
        };
        if (stub !== undefined)
            throw said((name) => `The bun executable given with ${name}, ${stub}, ${placeholderText}`);
        if (given === undefined) {
            throw said((name) => `The bun executable given with ${name} is not an executable file: ${explicit}. ` +
                `${name === "--bun" ? "Point --bun at" : "Set bunPath to"} Bun's executable (\`command -v bun\` prints it), or leave it out to use FLOWS_BUN, the Bun next to flows-action or PATH.`);
        }
        return checkedBun({ path: given === explicit ? fromCurrentFolder(given) : given, from: "explicit" }, (name) => `The bun executable given with ${name}, ${given},`, said);
    }
    const fromEnv = env[BUN_VARIABLE];
    if (fromEnv) {
        if (isExecutable(fromEnv) && isBunPlaceholder(fromEnv))
            throw new BunNotFoundError(`${BUN_VARIABLE} names ${fromEnv}, which ${placeholderText}`);
        if (isExecutable(fromEnv))
            return checkedBun({ path: fromCurrentFolder(fromEnv), from: "FLOWS_BUN" }, () => `${BUN_VARIABLE} names ${fromEnv}, which`, plainly);
        throw new BunNotFoundError(`${BUN_VARIABLE} names ${fromEnv}, which is not an executable file. Point it at the bun executable, or unset it.`);
    }
    const packageDir = options.packageDir ?? flowsActionPackageDir();
    const besidePackage = packageDir === undefined ? [] : bunBesidePackage(packageDir, platform);
    for (const candidate of besidePackage) {
        if (!isExecutable(candidate))
            continue;
        if (!isBunPlaceholder(candidate))
            return checkedBun({ path: candidate, from: "package" }, () => `The bun next to flows-action, ${candidate},`, plainly);
        placeholder ??= candidate;
    }
    const passedOver = [];
    const onPath = findOnPath(platform === "win32" ? "bun.exe" : "bun", env, passedOver);
    if (onPath)
        return checkedBun({ path: onPath, from: "PATH" }, () => `The bun found on PATH, ${onPath},`, plainly);
    placeholder ??= passedOver[0];
    if (placeholder !== undefined)
        throw new BunNotFoundError(`Bun is needed to run flow steps, and the bun found, ${placeholder}, ${placeholderText}`);
    throw new BunNotFoundError("Bun is needed to run flow steps and was not found: no --bun option, FLOWS_BUN is not set, " +
        `no bun next to flows-action${packageDir ? ` (${packageDir})` : ""}, and none on PATH. ` +
        "Install Bun (https://bun.sh), or name the executable with --bun PATH (flows), bunPath (library) or FLOWS_BUN.");
}
const plainly = (say) => new BunNotFoundError(say(""));
function checkedBun(found, subject, said) {
    const answer = bunAnswer(found.path);
    if (answer === undefined)
        return found;
    const fix = (name) => found.from === "explicit"
        ? `${name === "--bun" ? "Point --bun at" : "Set bunPath to"} Bun's executable (\`command -v bun\` prints it), or leave it out.`
        : found.from === "FLOWS_BUN"
            ? "Point FLOWS_BUN at Bun's executable (`command -v bun` prints it), or unset it."
            : `Install Bun (https://bun.sh) or name its executable with ${BUN_VARIABLE}, and remove or rename that file.`;
    throw said((name) => `${subject(name)} is not Bun: asked \`--version\`, it ${answer}, where Bun prints its version (like 1.2.3), so flow steps could not run with it. ${fix(name)}`);
}
const answeredAsBun = new Set();
function bunAnswer(path) {
    if (isRunningBun(path))
        return undefined;
    let key;
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        key = `${path}\0${info.dev}:${info.ino}:${info.mtimeMs}`;
    }
    catch {
        key = path;
    }
    if (answeredAsBun.has(key))
        return undefined;
    const answer = askVersion(path);
    if (answer === undefined)
        answeredAsBun.add(key);
    return answer;
}
function isRunningBun(path) {
    if (typeof globalThis.Bun === "undefined")
        return false;
    try {
        const [mine, theirs] = [(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(process.execPath), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path)];
        return mine.ino === theirs.ino && mine.dev === theirs.dev;
    }
    catch {
        return false;
    }
}
const VERSION_TIMEOUT_MS = 10_000;
const requireBuiltin = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
function askVersion(path) {
    const { spawnSync } = requireBuiltin("node:child_process");
    const result = spawnSync(path, ["--version"], { encoding: "latin1", timeout: VERSION_TIMEOUT_MS, maxBuffer: 4096, stdio: ["ignore", "pipe", "ignore"], windowsHide: true, shell: false });
    if (result.error !== undefined) {
        const code = result.error.code;
        if (code === "ETIMEDOUT")
            return `did not answer within ${VERSION_TIMEOUT_MS / 1000} s`;
        if (code === "ENOBUFS")
            return "wrote more than a version";
        return `could not be started (${code ?? String(result.error)})`;
    }
    const printed = (result.stdout ?? "").trim().split(/\r?\n/)[0] ?? "";
    if (/^\d+\.\d+\.\d+\S*$/.test(printed) && result.status === 0)
        return undefined;
    const shown = printed === "" ? "printed nothing" : `printed ${JSON.stringify(printed.length > 60 ? `${printed.slice(0, 60)}...` : printed)}`;
    return result.status === 0 ? shown : `${shown} and exited with ${result.status ?? result.signal}`;
}
function fromCurrentFolder(path) {
    return /[\\/]/.test(path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path) : path;
}
function bunBesidePackage(packageDir, platform = process.platform) {
    const bin = platform === "win32" ? "bun.exe" : "bun";
    const nodeModules = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(packageDir, "node_modules")];
    if (packageDir.split(/[\\/]/).at(-2) === "node_modules")
        nodeModules.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(packageDir));
    return nodeModules.flatMap((dir) => [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, ".bin", bin), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "bun", "bin", "bun.exe")]);
}
let packageDirMemo;
function flowsActionPackageDir() {
    if (packageDirMemo !== undefined)
        return packageDirMemo ?? undefined;
    packageDirMemo = null;
    let dir;
    try {
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,_file_url_js__WEBPACK_IMPORTED_MODULE_3__/* .fileURLToPath */ .m)(import.meta.url));
    }
    catch {
        return undefined;
    }
    for (let depth = 0; depth < 6; depth += 1) {
        const manifest = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "package.json");
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest) && readPackageName(manifest) === "flows-action") {
            packageDirMemo = dir;
            return dir;
        }
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return undefined;
}
function readPackageName(manifest) {
    try {
        const value = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifest, "utf8"));
        return typeof value.name === "string" ? value.name : undefined;
    }
    catch {
        return undefined;
    }
}
function findOnPath(name, env, passedOver) {
    for (const dir of (env.PATH ?? env.Path ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean)) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
        if (!isExecutable(candidate))
            continue;
        if (!isBunPlaceholder(candidate))
            return candidate;
        passedOver.push(candidate);
    }
    return undefined;
}
const PLACEHOLDER_MAX_BYTES = 16 * 1024;
function isBunPlaceholder(path) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size > PLACEHOLDER_MAX_BYTES)
            return false;
        return /postinstall/i.test((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, "latin1"));
    }
    catch {
        return false;
    }
}
const BUN_PLACEHOLDER_FIX = 'Run `npm install-scripts approve bun` and then `npm rebuild bun` in the project that installed flows-action (if its package.json\'s `allowScripts` has `"bun": false`, as `npm install-scripts deny bun` writes, delete that entry first: npm approves no package it was told to deny; npm 10 has no install-scripts command: there `npm rebuild bun` alone; installed with -g: install it again with `--allow-scripts=bun`), or install Bun another way (https://bun.sh) and put it on PATH or name it with FLOWS_BUN.';
const placeholderText = "is not Bun but the placeholder the \"bun\" npm package installs until its install script runs, and that script did not run (npm skips it when package.json's `allowScripts` denies it, and every install script with --ignore-scripts; pnpm skips them until approved). " +
    BUN_PLACEHOLDER_FIX;
function isExecutable(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 7444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ endRecordOffset),
/* harmony export */   VR: () => (/* binding */ ZIP_TAIL_BYTES),
/* harmony export */   g7: () => (/* binding */ readZipEntry),
/* harmony export */   j2: () => (/* binding */ findZipEntry),
/* harmony export */   qV: () => (/* binding */ ZipReadError),
/* harmony export */   x3: () => (/* binding */ startsAsZip)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_ENTRIES */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99416);


const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MAX_COMMENT = 0xffff;
const MAX_DEFLATE_RATIO = 1100;
const DEFAULT_MAX_ENTRIES = 10_000;
class ZipReadError extends _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y {
    name = "ZipReadError";
}
function findZipEntry(archive, name, limits) {
    const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
    const entry = centralDirectory(bytes, limits.maxEntries ?? DEFAULT_MAX_ENTRIES).find((candidate) => candidate.name === name && safeName(candidate.name));
    return entry ? entryData(bytes, entry, limits.maxBytes) : undefined;
}
function readZipEntry(archive, name, limits) {
    const content = findZipEntry(archive, name, limits);
    if (!content)
        throw new ZipReadError(`the archive has no file named ${name}`);
    return content;
}
function safeName(name) {
    return !name.startsWith("/") && !/^[A-Za-z]:/.test(name) && !name.split(/[/\\]/).includes("..") && !name.includes("\u0000");
}
function entryData(bytes, entry, maxBytes) {
    const { name } = entry;
    if (entry.flags & 0x1)
        throw new ZipReadError(`${name} is encrypted`);
    if (entry.size > maxBytes)
        throw new ZipReadError(`${name} is ${entry.size} bytes unpacked; at most ${maxBytes} are accepted`);
    if (entry.method === DEFLATED && entry.size > Math.max(entry.compressedSize, 1) * MAX_DEFLATE_RATIO) {
        throw new ZipReadError(`${name} claims a compression ratio deflate cannot reach (${entry.size} bytes from ${entry.compressedSize}); the archive is damaged or forged`);
    }
    need(bytes, entry.offset, 30);
    if (bytes.readUInt32LE(entry.offset) !== LOCAL_FILE_HEADER)
        throw new ZipReadError(`${name}'s local header is damaged (truncated archive?)`);
    const start = entry.offset + 30 + bytes.readUInt16LE(entry.offset + 26) + bytes.readUInt16LE(entry.offset + 28);
    need(bytes, start, entry.compressedSize);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const content = inflate(data, entry, maxBytes);
    if (content.length !== entry.size)
        throw new ZipReadError(`${name}: expected ${entry.size} bytes, got ${content.length}`);
    if (typeof node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32 === "function" && node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32(content) >>> 0 !== entry.crc) {
        throw new ZipReadError(`${name}: CRC mismatch (damaged archive)`);
    }
    return content;
}
function inflate(data, entry, maxBytes) {
    if (entry.method === STORED)
        return data;
    if (entry.method !== DEFLATED) {
        throw new ZipReadError(`${entry.name} is packed with method ${entry.method}; only stored and deflated entries are read`);
    }
    try {
        return node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1), chunkSize: Math.max(entry.size + 1, node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_MIN_CHUNK) });
    }
    catch (error) {
        if (error.code === "ERR_BUFFER_TOO_LARGE") {
            throw new ZipReadError(`${entry.name} does not inflate within ${entry.size} bytes, the size its header declares (at most ${maxBytes} are accepted): a zip bomb, or a damaged archive`);
        }
        throw new ZipReadError(`${entry.name} does not inflate: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function centralDirectory(bytes, maxEntries) {
    const end = findEndOfCentralDirectory(bytes);
    const count = bytes.readUInt16LE(end + 10);
    if (count > maxEntries)
        throw new ZipReadError(`the archive lists ${count} files; at most ${maxEntries} are accepted`);
    let at = bytes.readUInt32LE(end + 16);
    const entries = [];
    for (let index = 0; index < count; index++) {
        need(bytes, at, 46);
        if (bytes.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY)
            throw new ZipReadError("the zip's central directory is damaged");
        const nameLength = bytes.readUInt16LE(at + 28);
        need(bytes, at + 46, nameLength);
        const entry = {
            flags: bytes.readUInt16LE(at + 8),
            method: bytes.readUInt16LE(at + 10),
            crc: bytes.readUInt32LE(at + 16),
            compressedSize: bytes.readUInt32LE(at + 20),
            size: bytes.readUInt32LE(at + 24),
            offset: bytes.readUInt32LE(at + 42),
            name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
        };
        if ([entry.compressedSize, entry.size, entry.offset].includes(0xffffffff)) {
            throw new ZipReadError(`${entry.name} uses zip64, which is not accepted here`);
        }
        entries.push(entry);
        at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
    return entries;
}
function findEndOfCentralDirectory(bytes) {
    const at = endRecordOffset(bytes);
    if (at < 0)
        throw new ZipReadError("not a zip archive (no end of central directory record)");
    return at;
}
const ZIP_TAIL_BYTES = 22 + MAX_COMMENT;
function endRecordOffset(bytes) {
    const lowest = Math.max(0, bytes.length - ZIP_TAIL_BYTES);
    for (let at = bytes.length - 22; at >= lowest; at--) {
        if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY)
            return at;
    }
    return -1;
}
function startsAsZip(head) {
    return head.length >= 4 && head.readUInt32LE(0) === LOCAL_FILE_HEADER;
}
function need(bytes, offset, length) {
    if (offset < 0 || offset + length > bytes.length)
        throw new ZipReadError("the zip archive is truncated");
}


/***/ })

};
