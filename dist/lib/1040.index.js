export const id = 1040;
export const ids = [1040,1578];
export const modules = {

/***/ 61578:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_EVENT_NAMES: () => (/* binding */ GITHUB_EVENT_NAMES),
/* harmony export */   checkGitHubEventName: () => (/* binding */ checkGitHubEventName)
/* harmony export */ });
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31363);
/* harmony import */ var _events_workflow_event_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39777);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41488);



const WEBHOOK_ONLY_EVENT_NAMES = [
    "branch_protection_configuration", "cache_sync", "code_scanning_alert", "commit_comment", "content_reference",
    "custom_property", "custom_property_values", "dependabot_alert", "deploy_key", "deployment_protection_rule",
    "deployment_review", "enterprise", "github_app_authorization", "installation", "installation_repositories",
    "installation_target", "issue_dependencies", "marketplace_purchase", "member", "membership", "meta", "org_block",
    "organization", "personal_access_token_request", "ping", "projects_v2", "projects_v2_item",
    "projects_v2_status_update", "repository", "repository_advisory", "repository_import", "repository_ruleset",
    "repository_vulnerability_alert", "secret_scanning_alert", "secret_scanning_alert_location", "secret_scanning_scan",
    "security_advisory", "security_and_analysis", "sponsorship", "star", "sub_issues", "team", "team_add", "user",
];
const GITHUB_EVENT_NAMES = [..._events_workflow_event_names_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKFLOW_EVENT_NAMES */ .M, ...WEBHOOK_ONLY_EVENT_NAMES];
function checkGitHubEventName(eventName, command) {
    if (GITHUB_EVENT_NAMES.includes(eventName))
        return;
    const suggestion = (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(eventName.replace(/-/g, "_"), GITHUB_EVENT_NAMES) ?? (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(eventName, GITHUB_EVENT_NAMES);
    throw new _usage_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--event-name "${eventName}" is not a GitHub event name.${suggestion ? ` Did you mean "${suggestion}"?` : ""} ` +
        "Event names are the workflow trigger names: push, pull_request, release, issue_comment, ...", command);
}


/***/ }),

/***/ 1040:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_STEP: () => (/* binding */ DEFAULT_STEP),
  DEFAULT_TYPE: () => (/* binding */ DEFAULT_TYPE),
  newCommand: () => (/* binding */ newCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/flows/index.js
var flows = __webpack_require__(6472);
// EXTERNAL MODULE: ./.build/flows/manifest-paths.js
var manifest_paths = __webpack_require__(68206);
// EXTERNAL MODULE: ./.build/flows/name-collisions.js
var name_collisions = __webpack_require__(5551);
// EXTERNAL MODULE: ./.build/shell-word.js
var shell_word = __webpack_require__(83505);
// EXTERNAL MODULE: ./.build/terminal-text.js
var terminal_text = __webpack_require__(17930);
// EXTERNAL MODULE: ./.build/cli/failure.js
var failure = __webpack_require__(87713);
// EXTERNAL MODULE: ./.build/did-you-mean.js
var did_you_mean = __webpack_require__(31363);
// EXTERNAL MODULE: ./.build/generated/github-event-actions.js
var github_event_actions = __webpack_require__(28394);
// EXTERNAL MODULE: ./.build/generated/flow-schema.js
var flow_schema = __webpack_require__(94044);
// EXTERNAL MODULE: ./.build/events/workflow-event-names.js
var workflow_event_names = __webpack_require__(39777);
// EXTERNAL MODULE: ./.build/flows/glob.js
var glob = __webpack_require__(42184);
// EXTERNAL MODULE: ./.build/flows/hidden-name.js
var hidden_name = __webpack_require__(88612);
// EXTERNAL MODULE: ./.build/flows/trigger-type.js
var trigger_type = __webpack_require__(55917);
// EXTERNAL MODULE: ./.build/flows/windows-names.js
var windows_names = __webpack_require__(24804);
// EXTERNAL MODULE: ./.build/cli/event-names.js
var event_names = __webpack_require__(61578);
// EXTERNAL MODULE: ./.build/cli/usage.js
var usage = __webpack_require__(41488);
;// CONCATENATED MODULE: ./.build/cli/new-names.js










const NAME = flow_schema/* flowSchema */.q.definitions.name;
const NAME_PATTERN = new RegExp(NAME.pattern, "u");
const LONE_SURROGATE = /\p{Surrogate}/u;
const REPLACEMENT = "\uFFFD";
const REPLACEMENT_WHY = "which stands for bytes that are no UTF-8 text (the terminal or script wrote the name in another encoding)";
const NOT_IN_FILE_NAMES = /[/\\<>:"|?*]/;
function checkName(name, what, usedAs, noun) {
    const shown = JSON.stringify(name);
    const refuse = (why, fix = "Use letters, digits, - and _, e.g. release-notes.") => {
        throw new usage/* UsageError */.eb(`${what} ${shown} ${why} ${fix}`, "new");
    };
    if (name.length < NAME.minLength || name.length > NAME.maxLength || !NAME_PATTERN.test(name) || LONE_SURROGATE.test(name)) {
        refuse(`is not a valid name in flow.toml: a name is 1 to ${NAME.maxLength} characters, not only spaces, with no control characters ` +
            "(no tab, newline, NUL, U+007F–U+009F, U+2028/2029).");
    }
    const hidden = (0,hidden_name/* hiddenInName */.jx)(name);
    if (hidden !== undefined) {
        throw new usage/* UsageError */.eb(`${what} "${hidden.escaped}" holds ${hidden.codePoints}, an invisible character ${hidden.does}: it is ${usedAs}, and would carry it as it is. ` +
            (hidden.without !== undefined ? `Type the name without it: ${JSON.stringify(hidden.without)}.` : "Use letters, digits, - and _, e.g. release-notes."), "new");
    }
    if (name.includes(REPLACEMENT))
        refuse(`holds U+FFFD (\uFFFD), ${REPLACEMENT_WHY}: it is ${usedAs}, which would hold U+FFFD where those bytes were, not the name as typed.`);
    if (name === "." || name === "..")
        refuse(`would name no folder of its own (it is ${usedAs}).`);
    const bad = NOT_IN_FILE_NAMES.exec(name)?.[0];
    if (bad !== undefined) {
        if (bad === "/" || bad === "\\") {
            const where = noun === "step" ? "Give a plain name like build (the script always goes in the package's exec/ folder)." : "Give a plain name like release-notes (--flows-path chooses the folder packages go in).";
            refuse(`holds "${bad}", a path separator: it is ${usedAs}, one name, not a path.`, where);
        }
        refuse(`holds "${bad}", which a file name cannot hold on Windows (and Bun cannot run a script named with ? or \\): it is ${usedAs}.`);
    }
    const device = (0,windows_names/* windowsDeviceName */.JZ)(name);
    if (device !== undefined) {
        refuse(`is the device name ${device} on Windows (in any case, and with any extension): it is ${usedAs}, and git cannot check out a repository holding it there.`, `Use another name, e.g. ${JSON.stringify((0,windows_names/* windowsSafeName */.E9)(name, noun))}.`);
    }
    if (name.startsWith("."))
        refuse(`starts with ".": it is ${usedAs}, and a hidden one is easy to miss.`);
    if (name.startsWith("-"))
        refuse(`starts with "-": it is ${usedAs}, and would read as an option in commands that name it.`);
    if (/[ .]$/.test(name))
        refuse(`ends with "${name.at(-1)}": it is ${usedAs}, and Windows drops a trailing dot or space from file names.`);
}
const WATCHER_TYPE = /^upstream\.release(\.|$)/;
function checkEventType(type) {
    if (type.length > NAME.maxLength || !NAME_PATTERN.test(type) || LONE_SURROGATE.test(type)) {
        throw new usage/* UsageError */.eb(`--on ${JSON.stringify(type)} is not a valid trigger type: a type is 1 to ${NAME.maxLength} characters, not only spaces, with no control characters. ` +
            "Give the FlowEvent type the step runs on, e.g. --on release.published.", "new");
    }
    if (type.includes(REPLACEMENT)) {
        throw new usage/* UsageError */.eb(`--on ${JSON.stringify(type)} holds U+FFFD (\uFFFD), ${REPLACEMENT_WHY}; no event's type would be the one typed. Give the type in UTF-8.`, "new");
    }
    if (type.trim() !== type) {
        throw new usage/* UsageError */.eb(`--on ${JSON.stringify(type)} has spaces around it: types are compared exactly, and no event's type has them. Write --on ${JSON.stringify(type.trim())}.`, "new");
    }
    const problem = (0,trigger_type/* githubTypeProblem */.T)(type, "--on");
    if (problem !== undefined)
        throw new usage/* UsageError */.eb(problem.replace(" (A type of your own FlowEvents may be anything; then leave it.)", " (A type of your own FlowEvents may be anything, but one this close to GitHub's is warned about by every `flows validate`: pick a name apart from them.)"), "new");
    const event = type.split(".")[0] ?? type;
    if (event_names.GITHUB_EVENT_NAMES.includes(event) || WATCHER_TYPE.test(type))
        return { type };
    if (!(0,glob/* isLiteralGlob */.MI)(type) && gitHubEventTypes().some((candidate) => matches(type, candidate)))
        return { type };
    const near = (0,did_you_mean/* closest */.k)(event, event_names.GITHUB_EVENT_NAMES);
    const meant = near !== undefined && near !== event ? ` If you meant GitHub's "${near}" event, give --on ${near}${type.slice(event.length)}.` : "";
    return {
        type,
        note: `"${type}" is no GitHub event type: the step runs on FlowEvents of this type that you send ` +
            `(flows fire --event, or the action's event input).${meant}`,
    };
}
function sampleEventType(type) {
    if ((0,glob/* isLiteralGlob */.MI)(type))
        return type;
    const dot = type.indexOf(".");
    const event = dot < 0 ? type : type.slice(0, dot);
    const actions = workflow_event_names/* WORKFLOW_EVENT_NAMES */.M.includes(event) && Object.hasOwn(github_event_actions/* GITHUB_EVENT_ACTIONS */.v, event) ? github_event_actions/* GITHUB_EVENT_ACTIONS */.v[event] : [];
    const preferred = [...actions].sort((a, b) => rank(a) - rank(b));
    const candidates = [...preferred.map((action) => `${event}.${action}`), type.replace(/\*+/g, "example").replace(/\?/g, "x")];
    return candidates.find((candidate) => (0,glob/* isLiteralGlob */.MI)(candidate) && matches(type, candidate));
}
function gitHubEventTypes() {
    return event_names.GITHUB_EVENT_NAMES.flatMap((name) => [name, ...(Object.hasOwn(github_event_actions/* GITHUB_EVENT_ACTIONS */.v, name) ? github_event_actions/* GITHUB_EVENT_ACTIONS */.v[name].map((action) => `${name}.${action}`) : [])]);
}
function rank(action) {
    const at = ["published", "opened", "created", "completed", "submitted"].indexOf(action);
    return at < 0 ? 5 : at;
}
function matches(pattern, value) {
    try {
        return (0,glob/* globMatches */.mw)(pattern, value);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/cli/new-templates.js
const FLOW_SCHEMA_LINE = "#:schema https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json";
function tomlString(text) {
    return JSON.stringify(text);
}
function flowToml(options) {
    return `${FLOW_SCHEMA_LINE}
# A flow package (README, "A flow package in five minutes"); \`flows validate\` checks it.
name = ${tomlString(options.flow)}
version = 1
description = ${tomlString(`Runs on ${options.type} events`)}

# Settings every step gets as context.flow.config.
[config]
greeting = "Hello"

[[steps]]
name = ${tomlString(options.step)}
runner = "bun"
script = ${tomlString(options.script)}   # relative to this folder
# timeout_ms = 300000       # the default: 5 minutes

[steps.trigger]
type = ${tomlString(options.type)}   # the FlowEvent type to run on; * matches any text
# Optional filters, checked after the type (\`flows explain --event FILE\` says which one failed):
# schema = "schemas/payload.schema.json"   # a JSON Schema event.payload must pass
# if = "startsWith(event.payload.tag, 'v')"   # a condition, as a workflow's if: (docs/conditions.md)
`;
}
const MODULE_STEP = `// Module style: flows-action calls the default export with the run context (context.flow:
// name, step, config, event; context.runtime: eventId, runId, replay...) and reports what it
// returns as the step's FLOW_RESULT. A throw fails the step with its message.
import { defineFlow } from "flows-action/bun"; // resolved by flows-action; nothing to install

export default defineFlow(async (context) => {
  const { name, step, config, event } = context.flow;
  const greeting = typeof config?.greeting === "string" ? config.greeting : "Hello";
  // What a step prints is its log: [flow/step] lines in \`flows fire\`, the job's log in the action.
  console.log(\`\${greeting} from \${name}/\${step}: \${event.type} event \${event.id}\`);
  // status: skipped, completed, changed, needs_intervention, blocked or failed.
  return { status: "completed", message: \`handled \${event.type} event \${event.id}\` };
});
`;
const RAW_STEP = `// Raw style: the run context comes as JSON on standard input (flow: name, step, config, event;
// runtime: eventId, runId, replay...), and the last line starting "FLOW_RESULT " on standard
// output is the step's result. No such line, or a non-zero exit, fails the step.
const context = JSON.parse(await Bun.stdin.text());
const { name, step, config, event } = context.flow;
const greeting = typeof config?.greeting === "string" ? config.greeting : "Hello";
// What a step prints is its log: [flow/step] lines in \`flows fire\`, the job's log in the action.
console.log(\`\${greeting} from \${name}/\${step}: \${event.type} event \${event.id}\`);
// status: skipped, completed, changed, needs_intervention, blocked or failed.
const result = { status: "completed", message: \`handled \${event.type} event \${event.id}\` };
console.log(\`FLOW_RESULT \${JSON.stringify(result)}\`);
`;
function stepSource(style) {
    return style === "module" ? MODULE_STEP : RAW_STEP;
}

// EXTERNAL MODULE: ./.build/disk-problems.js
var disk_problems = __webpack_require__(63122);
;// CONCATENATED MODULE: ./.build/cli/new-command.js













const DEFAULT_TYPE = "workflow_dispatch";
const DEFAULT_STEP = "main";
const SOURCE_ROOT = "flows";
async function newCommand(ctx, options) {
    checkName(options.flow, "The flow name", "the package's folder name", "flow");
    const step = options.step ?? DEFAULT_STEP;
    checkName(step, "--step", "the step's script file name (exec/<step>.ts)", "step");
    const { type, note } = checkEventType(options.on ?? DEFAULT_TYPE);
    const notes = note === undefined ? [] : [note];
    if (note !== undefined && options.on !== undefined && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(options.on))) {
        throw new usage/* UsageError */.eb(`--on ${(0,usage/* shellExpandedHint */.J6)(options.on)} (For a type of your own named like that file, run flows new from another folder.)`, "new");
    }
    const hasRoot = (ctx.roots ?? flows/* DEFAULT_FLOW_ROOTS */.BS).some((each) => (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(ctx.repoRoot, each)));
    const repoRoot = options.repoGiven || hasRoot ? ctx.repoRoot : repositoryTop(ctx.repoRoot, notes);
    const rootName = ctx.roots?.[0] ?? SOURCE_ROOT;
    const root = (0,external_node_path_.resolve)(repoRoot, rootName);
    if (!(0,manifest_paths/* isInside */.FK)(root, repoRoot) || root === repoRoot) {
        throw new usage/* UsageError */.eb(`the flow root "${rootName}" (the first of --flows-path) is ${root === repoRoot ? "the repository itself" : `outside the repository (${repoRoot})`}: flows new writes packages into a flow root of the repository. Give a folder inside it, e.g. --flows-path flows.`, "new");
    }
    const packageDir = (0,external_node_path_.join)(root, options.flow);
    const script = `exec/${step}.ts`;
    const files = [(0,external_node_path_.join)(packageDir, script), (0,external_node_path_.join)(packageDir, "flow.toml")];
    const shown = (path) => (0,external_node_path_.relative)(repoRoot, path).split(external_node_path_.sep).join("/");
    checkFolders(repoRoot, [root, packageDir, (0,external_node_path_.join)(packageDir, "exec")], shown);
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(packageDir, "flow.toml"))) {
        throw refusal(`${shown(packageDir)} already holds a flow package (${shown((0,external_node_path_.join)(packageDir, "flow.toml"))}), and flows new writes nothing over it`, "Pick another flow name, or edit that package.");
    }
    for (const file of files) {
        if (lstatOrUndefined(file) !== undefined)
            throw refusal(`${shown(file)} already exists, and flows new writes no file over another`, "Move it away, or pick another flow name or --step.");
    }
    await checkNameFree(ctx, repoRoot, options.flow, shown);
    const made = [];
    const written = [];
    try {
        makeFolders(repoRoot, [root, packageDir, (0,external_node_path_.join)(packageDir, "exec")], shown, made);
        writeNew(files[0], stepSource(options.style));
        written.push(files[0]);
        writeNew(files[1], flowToml({ flow: options.flow, step, script, type }));
        written.push(files[1]);
    }
    catch (error) {
        for (const file of written)
            (0,external_node_fs_.rmSync)(file, { force: true });
        for (const folder of made.reverse())
            removeIfEmpty(folder);
        const { code, path } = error;
        if (code === "EEXIST") {
            throw refusal(`${shown(path ?? packageDir)} appeared while flows new wrote the package, and flows new writes no file over another`, "Nothing was left behind; run it again.");
        }
        const problem = (0,disk_problems/* diskProblem */.N)(code);
        if (problem)
            throw refusal(`flows new could not write ${shown(path ?? packageDir)}: ${problem} (${code})`, "Nothing was left behind; free some space, or make the folder writable, and run it again.");
        throw error;
    }
    const next = nextCommands(ctx, options.flow, type);
    const state = stateNotIgnored(repoRoot);
    if (state !== undefined)
        notes.push(state);
    const sayNotes = () => {
        for (const each of notes)
            ctx.err(`note: ${(0,terminal_text/* terminalText */.eR)(each)}\n`);
    };
    if (ctx.json) {
        sayNotes();
        const document = { flow: options.flow, step, style: options.style, trigger: { type }, package: shown(packageDir), files: files.map(shown), notes, next };
        ctx.out(`${JSON.stringify(document, null, 2)}\n`);
        return 0;
    }
    ctx.out(`Created flow package ${(0,terminal_text/* terminalText */.eR)(shown(packageDir))} (a ${options.style}-style step, on ${(0,terminal_text/* terminalText */.eR)(type)} events):\n`);
    for (const file of files)
        ctx.out(`  ${(0,terminal_text/* terminalText */.eR)(shown(file))}\n`);
    sayNotes();
    ctx.out(`\nNext, from here:\n${next.map((command) => `  ${(0,terminal_text/* terminalText */.eR)(command)}`).join("\n")}\n`);
    return 0;
}
function stateNotIgnored(repoRoot) {
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(repoRoot, ".git")))
        return undefined;
    const check = (0,external_node_child_process_.spawnSync)("git", ["check-ignore", "-q", ".codex/flow-client/runs"], { cwd: repoRoot, timeout: 5_000, stdio: "ignore" });
    if (check.status !== 1)
        return undefined;
    return "flows fire keeps what it ran in .codex/flow-client/, which this repository does not ignore: add .codex/flow-client/ to .gitignore.";
}
function refusal(what, fix) {
    return new failure/* CommandFailed */.nk(`${what}. ${fix}`);
}
function repositoryTop(repoRoot, notes) {
    for (let dir = repoRoot;; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, ".git"))) {
            if (dir !== repoRoot)
                notes.push(`the package goes to the repository's top, ${dir}, where the action looks for flows (not the current folder). Run flows from there, or pass --repo.`);
            return dir;
        }
        if ((0,external_node_path_.dirname)(dir) === dir)
            return repoRoot;
    }
}
function checkFolders(repoRoot, folders, shown) {
    const realRepo = (0,external_node_fs_.realpathSync)(repoRoot);
    for (const folder of folders) {
        let existing = folder;
        while (lstatOrUndefined(existing) === undefined && (0,external_node_path_.dirname)(existing) !== existing)
            existing = (0,external_node_path_.dirname)(existing);
        let target;
        try {
            target = (0,external_node_fs_.statSync)(existing);
        }
        catch (error) {
            const loop = error.code === "ELOOP";
            throw refusal(`${shown(existing)} is a symbolic link ${loop ? "that leads back to itself (a loop of links)" : "to nothing"}`, "Remove the link, or point it at a folder inside the repository.");
        }
        if (!target.isDirectory())
            throw refusal(`${shown(existing)} is a file, not a folder`, "Move it away, or pick another flow name or --flows-path.");
        const real = (0,external_node_fs_.realpathSync)(existing);
        if (!(0,manifest_paths/* isInside */.FK)(real, realRepo)) {
            throw refusal(`${shown(existing)} is a symbolic link to ${real}, outside the repository (${realRepo}); discovery refuses packages there, and flows new writes nothing there`, "Point the link inside the repository, or choose another folder with --flows-path.");
        }
    }
}
async function checkNameFree(ctx, repoRoot, flow, shown) {
    const discovery = await (0,flows/* discoverFlows */.nE)({ repoRoot, roots: ctx.roots });
    const packages = [...discovery.flows.map((each) => ({ name: each.name, manifest: each.manifestPath })), ...discovery.shadowed.map((each) => ({ name: each.name, manifest: each.shadowedManifest }))];
    const taken = packages.find((each) => (0,name_collisions/* foldName */.zN)(each.name) === (0,name_collisions/* foldName */.zN)(flow));
    if (taken === undefined)
        return;
    const same = taken.name === flow ? `a flow named ${JSON.stringify(flow)}` : `a flow named ${JSON.stringify(taken.name)}, which reads the same as ${JSON.stringify(flow)},`;
    throw refusal(`${same} is already in ${shown(taken.manifest)}; flow names must be unique in a repository (the first package found wins)`, "Pick another flow name.");
}
function makeFolders(repoRoot, folders, shown, made) {
    for (const folder of folders) {
        const missing = [];
        for (let dir = folder; !(0,external_node_fs_.existsSync)(dir) && (0,manifest_paths/* isInside */.FK)(dir, repoRoot); dir = (0,external_node_path_.dirname)(dir))
            missing.unshift(dir);
        for (const dir of missing) {
            (0,external_node_fs_.mkdirSync)(dir);
            made.push(dir);
        }
    }
    checkFolders(repoRoot, folders, shown);
}
function writeNew(path, text) {
    const fd = (0,external_node_fs_.openSync)(path, "wx");
    try {
        (0,external_node_fs_.writeSync)(fd, text);
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.rmSync)(path, { force: true });
        throw Object.assign(error, { path });
    }
    (0,external_node_fs_.closeSync)(fd);
}
function removeIfEmpty(folder) {
    try {
        (0,external_node_fs_.rmdirSync)(folder);
    }
    catch {
    }
}
function lstatOrUndefined(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false });
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOTDIR" || code === "ELOOP")
            return undefined;
        throw error;
    }
}
function nextCommands(ctx, flow, type) {
    const context = ctx.contextArgs ?? "";
    const flows = ctx.invocation ?? "flows";
    const commands = [`${flows} validate${context}`];
    const sample = sampleEventType(type);
    if (sample === undefined)
        return [...commands, `${flows} list${context}`];
    const event = JSON.stringify({ id: `try:${flow}:1`, type: sample, payload: {} });
    const feed = event.includes("\\") ? `printf '%s\\n' ${(0,shell_word/* shellWord */.r)(event)}` : `echo ${(0,shell_word/* shellWord */.r)(event)}`;
    return [
        ...commands,
        `${feed} | ${flows} explain --event -${context}`,
        `${feed} | ${flows} fire --event -${context}`,
    ];
}


/***/ })

};
