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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _file_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32718);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99416);




const BUN_VARIABLE = "FLOWS_BUN";
class BunNotFoundError extends _user_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y {
    name = "BunNotFoundError";
}
function findBun(options = {}) {
    const env = options.env ?? process.env;
    const platform = options.platform ?? process.platform;
    let placeholder;
    if (options.explicit) {
        const passedOver = [];
        const given = isExecutable(options.explicit) ? options.explicit : /[\\/]/.test(options.explicit) ? undefined : findOnPath(options.explicit, env, passedOver);
        const stub = given !== undefined && isBunPlaceholder(given) ? given : given === undefined ? passedOver[0] : undefined;
        if (stub !== undefined)
            throw new BunNotFoundError(`The bun executable given with --bun (or bunPath), ${stub}, ${placeholderText}`);
        if (given !== undefined)
            return { path: given === options.explicit ? fromCurrentFolder(given) : given, from: "explicit" };
        throw new BunNotFoundError(`The bun executable given with --bun (or bunPath) is not an executable file: ${options.explicit}.`);
    }
    const fromEnv = env[BUN_VARIABLE];
    if (fromEnv) {
        if (isExecutable(fromEnv) && isBunPlaceholder(fromEnv))
            throw new BunNotFoundError(`${BUN_VARIABLE} names ${fromEnv}, which ${placeholderText}`);
        if (isExecutable(fromEnv))
            return { path: fromCurrentFolder(fromEnv), from: "FLOWS_BUN" };
        throw new BunNotFoundError(`${BUN_VARIABLE} names ${fromEnv}, which is not an executable file. Point it at the bun executable, or unset it.`);
    }
    const packageDir = options.packageDir ?? flowsActionPackageDir();
    const besidePackage = packageDir === undefined ? [] : bunBesidePackage(packageDir, platform);
    for (const candidate of besidePackage) {
        if (!isExecutable(candidate))
            continue;
        if (!isBunPlaceholder(candidate))
            return { path: candidate, from: "package" };
        placeholder ??= candidate;
    }
    const passedOver = [];
    const onPath = findOnPath(platform === "win32" ? "bun.exe" : "bun", env, passedOver);
    if (onPath)
        return { path: onPath, from: "PATH" };
    placeholder ??= passedOver[0];
    if (placeholder !== undefined)
        throw new BunNotFoundError(`Bun is needed to run flow steps, and the bun found, ${placeholder}, ${placeholderText}`);
    throw new BunNotFoundError("Bun is needed to run flow steps and was not found: no --bun option, FLOWS_BUN is not set, " +
        `no bun next to flows-action${packageDir ? ` (${packageDir})` : ""}, and none on PATH. ` +
        "Install Bun (https://bun.sh), or name the executable with --bun PATH (flows), bunPath (library) or FLOWS_BUN.");
}
function fromCurrentFolder(path) {
    return /[\\/]/.test(path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path) : path;
}
function bunBesidePackage(packageDir, platform = process.platform) {
    const bin = platform === "win32" ? "bun.exe" : "bun";
    const nodeModules = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(packageDir, "node_modules")];
    if (packageDir.split(/[\\/]/).at(-2) === "node_modules")
        nodeModules.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(packageDir));
    return nodeModules.flatMap((dir) => [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ".bin", bin), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, "bun", "bin", "bun.exe")]);
}
let packageDirMemo;
function flowsActionPackageDir() {
    if (packageDirMemo !== undefined)
        return packageDirMemo ?? undefined;
    packageDirMemo = null;
    let dir;
    try {
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,_file_url_js__WEBPACK_IMPORTED_MODULE_2__/* .fileURLToPath */ .m)(import.meta.url));
    }
    catch {
        return undefined;
    }
    for (let depth = 0; depth < 6; depth += 1) {
        const manifest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, "package.json");
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest) && readPackageName(manifest) === "flows-action") {
            packageDirMemo = dir;
            return dir;
        }
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
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
    for (const dir of (env.PATH ?? env.Path ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter(Boolean)) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
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
const BUN_PLACEHOLDER_FIX = 'Run `npm install-scripts approve bun` and then `npm rebuild bun` in the project that installed flows-action (installed with -g: install it again with `--allow-scripts=bun`), or install Bun another way (https://bun.sh) and put it on PATH or name it with FLOWS_BUN.';
const placeholderText = "is not Bun but the placeholder the \"bun\" npm package installs until its install script runs, and that script did not run (npm 11 holds back dependencies' install scripts until they are approved; --ignore-scripts and pnpm skip them). " +
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
