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
/* harmony import */ var _zip_entry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7444);
/* harmony import */ var _url_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95371);






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
        if (!(0,_zip_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .startsAsZip */ .x3)(head)) {
            const text = head.toString("latin1").trimStart().toLowerCase();
            if (text.startsWith("<!doctype html") || text.startsWith("<html") || /<(head|body|title)\b/.test(text)) {
                return `is a web page (${bytes} of HTML), not a zip archive: the server answered with a page (an error or sign-in page, or a mirror's index) where Bun's release zip should be`;
            }
            const start = head.subarray(0, 60).toString("latin1");
            const printable = /^[\t\n\r\x20-\x7e]*$/.test(start);
            return `is not a zip archive (${bytes}${printable ? `, text starting ${JSON.stringify(start.trim())}` : ""}; a zip starts with "PK")`;
        }
        const tailLength = Math.min(size, _zip_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .ZIP_TAIL_BYTES */ .VR);
        const tail = Buffer.alloc(tailLength);
        await handle.read(tail, 0, tailLength, size - tailLength);
        if ((0,_zip_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .endRecordOffset */ .GQ)(tail) >= 0)
            return undefined;
        return `is a cut-off zip archive (${bytes}, without the end record that lists its files): the download was truncated`;
    }
    finally {
        await handle.close();
    }
}
/** A download URL as it may be shown: without user-info and query, which may hold keys. */
function shownUrl(url) {
    const shown = (0,_url_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .urlWithoutSecrets */ .Zx)(url);
    if (!shown)
        return "(an invalid URL)";
    return shown.hidden ? `${shown.url} (credentials and query not shown)` : shown.url;
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
// The one zip reader: it takes one named file out of an archive held in memory (a state
// artifact, the fork handover), and refuses what a damaged or hostile archive could use:
// - sizes: the entry's declared size must be within the caller's limit, and inflating stops at
//   the size the header declares (a zip bomb stops there); the inflated size and CRC must match it;
// - a compression ratio deflate cannot produce (over 1,032:1), a sign of forged headers;
// - more entries than `maxEntries` (a central directory of millions of entries);
// - encryption, zip64 and methods other than stored and deflated;
// - entry names that are absolute or climb with `..`: never matched. Nothing is written to
//   disk, so no name can escape a folder anyway.
// https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (sections 4.3.7-4.3.16)


const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MAX_COMMENT = 0xffff;
/** Deflate's best case is about 1,032:1; a header claiming more was not written by deflate. */
const MAX_DEFLATE_RATIO = 1100;
const DEFAULT_MAX_ENTRIES = 10_000;
/** The archive cannot be read; the message says why, for "… is not a usable archive: …". */
class ZipReadError extends _user_error_js__WEBPACK_IMPORTED_MODULE_1__.UserError {
    name = "ZipReadError";
}
/** The bytes of the file called `name`, or undefined when the archive has none. */
function findZipEntry(archive, name, limits) {
    const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
    const entry = centralDirectory(bytes, limits.maxEntries ?? DEFAULT_MAX_ENTRIES).find((candidate) => candidate.name === name && safeName(candidate.name));
    return entry ? entryData(bytes, entry, limits.maxBytes) : undefined;
}
/** findZipEntry, for callers to whom a missing file is an error. */
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
    // Stopped at the size the header declares (already checked against maxBytes): a bomb that
    // declares a small size was inflated up to maxBytes (1 GiB for a state artifact) before the
    // sizes were compared.
    try {
        return node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
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
/** A zip's end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end: it is within this many last bytes. */
const ZIP_TAIL_BYTES = 22 + MAX_COMMENT;
/**
 * Where the end record (which lists the files) starts in `bytes`, an archive or its last
 * ZIP_TAIL_BYTES at least; -1 when there is none (not a zip, or one cut short).
 */
function endRecordOffset(bytes) {
    const lowest = Math.max(0, bytes.length - ZIP_TAIL_BYTES);
    for (let at = bytes.length - 22; at >= lowest; at--) {
        if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY)
            return at;
    }
    return -1;
}
/** Whether `head` starts as a zip archive does, with a local file header ("PK\x03\x04"). */
function startsAsZip(head) {
    return head.length >= 4 && head.readUInt32LE(0) === LOCAL_FILE_HEADER;
}
function need(bytes, offset, length) {
    if (offset < 0 || offset + length > bytes.length)
        throw new ZipReadError("the zip archive is truncated");
}


/***/ })

};
