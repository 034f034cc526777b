export const id = 8595;
export const ids = [8595];
export const modules = {

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


/***/ })

};
