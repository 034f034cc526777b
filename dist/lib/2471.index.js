export const id = 2471;
export const ids = [2471];
export const modules = {

/***/ 2471:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bunAssetName: () => (/* binding */ bunAssetName),
/* harmony export */   resolveBun: () => (/* binding */ resolveBun)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88875);



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
        throw new _user_error_js__WEBPACK_IMPORTED_MODULE_2__.UserError("bun is not on PATH, and outside a GitHub runner (no RUNNER_TOOL_CACHE) flows-action does not install it: " +
            "install Bun (https://bun.sh) or put its folder on PATH (after `npm ci` in flows-action, node_modules/.bin holds one).");
    }
    const { bunVersion: version, bunDownloadUrl } = options.inputs;
    const asset = bunAssetName(platform, options.arch ?? process.arch);
    const tc = await Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(776), __webpack_require__.e(5078), __webpack_require__.e(6310), __webpack_require__.e(2789)]).then(__webpack_require__.bind(__webpack_require__, 22789));
    let folder = tc.find("bun", version);
    if (folder) {
        options.io.info(`bun is not on PATH; using Bun ${version} from the tool cache (${folder}).`);
    }
    else {
        const url = `${bunDownloadUrl}/bun-v${version}/${asset}.zip`;
        options.io.info(`bun is not on PATH; installing Bun ${version} from ${url} into the tool cache.`);
        let archive;
        try {
            archive = await tc.downloadTool(url);
        }
        catch (error) {
            throw new _user_error_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`downloading Bun ${version} from ${url} failed (${error instanceof Error ? error.message : String(error)}). ` +
                'Check the "bun-version" and "bun-download-url" inputs, or put bun on PATH before this step (for example with oven-sh/setup-bun).');
        }
        const extracted = await tc.extractZip(archive);
        folder = await tc.cacheDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(extracted, asset), "bun", version);
    }
    const executable = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, platform === "win32" ? "bun.exe" : "bun");
    options.env.PATH = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(executable), options.env.PATH].filter(Boolean).join(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter);
    return executable;
}
/** Bun's release asset for this machine, as named on its releases page. */
function bunAssetName(platform, arch) {
    const os = platform === "win32" ? "windows" : platform;
    const cpu = arch === "arm64" ? "aarch64" : arch === "x64" ? "x64" : undefined;
    if (!["linux", "darwin", "windows"].includes(os) || !cpu) {
        throw new _user_error_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`Bun has no release for ${platform}/${arch}; install bun on PATH yourself before this step.`);
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
