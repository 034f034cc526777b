export const id = 2948;
export const ids = [2948];
export const modules = {

/***/ 2948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bunAssetName: () => (/* binding */ bunAssetName),
/* harmony export */   resolveBun: () => (/* binding */ resolveBun)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74664);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99416);




/**
 * The `bun` executable for steps: the one on PATH, else the requested version from the
 * runner's tool cache, downloaded once (from `bun-download-url`) when the cache lacks it.
 */
async function resolveBun(options) {
    const platform = options.platform ?? process.platform;
    const onPath = await findOnPath(platform === "win32" ? "bun.exe" : "bun", options.env.PATH ?? "");
    if (onPath)
        return onPath;
    // The tool cache is a runner's: elsewhere it would stop with "Expected RUNNER_TOOL_CACHE to be defined".
    if (!process.env.RUNNER_TOOL_CACHE) {
        throw new _user_error_js__WEBPACK_IMPORTED_MODULE_3__.UserError("bun is not on PATH, and outside a GitHub runner (no RUNNER_TOOL_CACHE) flows-action does not install it: " +
            "install Bun (https://bun.sh) or put its folder on PATH (after `npm ci` in flows-action, node_modules/.bin holds one).");
    }
    const { bunVersion: version, bunDownloadUrl } = options.inputs;
    const asset = bunAssetName(platform, options.arch ?? process.arch);
    const tc = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(2088), __webpack_require__.e(4942), __webpack_require__.e(3838), __webpack_require__.e(9805)]).then(__webpack_require__.bind(__webpack_require__, 59805));
    let folder = tc.find("bun", version);
    if (folder) {
        options.io.info(`bun is not on PATH; using Bun ${version} from the tool cache (${folder}).`);
    }
    else {
        const url = `${bunDownloadUrl}/bun-v${version}/${asset}.zip`;
        const shown = shownUrl(url);
        options.io.info(`bun is not on PATH; installing Bun ${version} from ${shown} into the tool cache.`);
        let archive;
        try {
            archive = await tc.downloadTool(url);
        }
        catch (error) {
            throw new _user_error_js__WEBPACK_IMPORTED_MODULE_3__.UserError(`downloading Bun ${version} from ${shown} failed (${error instanceof Error ? error.message : String(error)}). ` +
                'Check the "bun-version" and "bun-download-url" inputs, or put bun on PATH before this step (for example with oven-sh/setup-bun).');
        }
        const download = { version, shown, official: bunDownloadUrl === _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BUN_DOWNLOAD_URL */ .Tm };
        // A mirror's error page, a login page or a cut download would otherwise fail in unzip, with
        // nothing but its exit code: what was fetched is looked at first.
        const wrong = await notAZip(archive);
        if (wrong)
            throw badDownload(download, wrong);
        let extracted;
        try {
            extracted = await tc.extractZip(archive);
        }
        catch (error) {
            throw badDownload(download, `could not be unpacked (${error instanceof Error ? error.message : String(error)}): the zip is damaged`);
        }
        const unpacked = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(extracted, asset);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(unpacked, platform === "win32" ? "bun.exe" : "bun"), node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.F_OK);
        }
        catch {
            throw badDownload(download, `is a zip without ${asset}/${platform === "win32" ? "bun.exe" : "bun"} in it, so it is not Bun's release zip for this machine`);
        }
        folder = await tc.cacheDir(unpacked, "bun", version);
    }
    const executable = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, platform === "win32" ? "bun.exe" : "bun");
    options.env.PATH = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(executable), options.env.PATH].filter(Boolean).join(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter);
    return executable;
}
/** What to change when the zip fetched for Bun is not one. */
function badDownload(download, wrong) {
    const change = download.official
        ? `Check the "bun-version" input (Bun's releases are at ${_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BUN_DOWNLOAD_URL */ .Tm}), run the job again if the download was cut, or put bun on PATH before this step (for example with oven-sh/setup-bun).`
        : `Set "bun-download-url" to a mirror that serves Bun's release zips (bun-v<version>/bun-<os>-<arch>.zip, as ${_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BUN_DOWNLOAD_URL */ .Tm} does), or remove it to let the action fetch the official build; or put bun on PATH before this step (for example with oven-sh/setup-bun).`;
    return new _user_error_js__WEBPACK_IMPORTED_MODULE_3__.UserError(`The file downloaded for Bun ${download.version} from ${download.shown} ${wrong}. ${change}`);
}
/** Bytes of a zip's end record (without its comment), and the longest comment after it. */
const ZIP_END_RECORD = 22;
const ZIP_MAX_COMMENT = 0xffff;
/**
 * Why the file is not a zip archive (undefined: it looks like one): empty, a web page or other
 * text, or a zip cut short (its end record, which lists the files, is missing).
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (4.3.16)
 */
async function notAZip(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, "r");
    try {
        const { size } = await handle.stat();
        if (size === 0)
            return "is empty (0 bytes), not a zip archive";
        const head = Buffer.alloc(Math.min(size, 512));
        await handle.read(head, 0, head.length, 0);
        const bytes = `${size.toLocaleString("en-US")} bytes`;
        if (head.length < 4 || head.readUInt32LE(0) !== 0x04034b50) {
            const text = head.toString("latin1").trimStart().toLowerCase();
            if (text.startsWith("<!doctype html") || text.startsWith("<html") || /<(head|body|title)\b/.test(text)) {
                return `is a web page (${bytes} of HTML), not a zip archive: the server answered with a page (an error or sign-in page, or a mirror's index) where Bun's release zip should be`;
            }
            const start = head.subarray(0, 60).toString("latin1");
            const printable = /^[\t\n\r\x20-\x7e]*$/.test(start);
            return `is not a zip archive (${bytes}${printable ? `, text starting ${JSON.stringify(start.trim())}` : ""}; a zip starts with "PK")`;
        }
        const tailLength = Math.min(size, ZIP_END_RECORD + ZIP_MAX_COMMENT);
        const tail = Buffer.alloc(tailLength);
        await handle.read(tail, 0, tailLength, size - tailLength);
        for (let at = tailLength - ZIP_END_RECORD; at >= 0; at--)
            if (tail.readUInt32LE(at) === 0x06054b50)
                return undefined;
        return `is a cut-off zip archive (${bytes}, without the end record that lists its files): the download was truncated`;
    }
    finally {
        await handle.close();
    }
}
/** A download URL as it may be shown: without user-info and query, which may hold keys. */
function shownUrl(url) {
    try {
        const parsed = new URL(url);
        const hidden = parsed.username || parsed.password || parsed.search;
        parsed.username = "";
        parsed.password = "";
        parsed.search = "";
        return hidden ? `${parsed.toString()} (credentials and query not shown)` : parsed.toString();
    }
    catch {
        return "(an invalid URL)";
    }
}
/** Bun's release asset for this machine, as named on its releases page. */
function bunAssetName(platform, arch) {
    const os = platform === "win32" ? "windows" : platform;
    const cpu = arch === "arm64" ? "aarch64" : arch === "x64" ? "x64" : undefined;
    if (!["linux", "darwin", "windows"].includes(os) || !cpu) {
        throw new _user_error_js__WEBPACK_IMPORTED_MODULE_3__.UserError(`Bun has no release for ${platform}/${arch}; install bun on PATH yourself before this step.`);
    }
    return `bun-${os}-${cpu}`;
}
async function findOnPath(name, path) {
    for (const dir of path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter(Boolean)) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(candidate, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return candidate;
        }
        catch {
            // not in this folder
        }
    }
    return undefined;
}


/***/ })

};
