export const id = 5796;
export const ids = [5796];
export const modules = {

/***/ 61195:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k9: () => (/* binding */ StepMasks)
/* harmony export */ });
/* unused harmony exports MAX_STEP_MASKS, MAX_STEP_MASK_CHARS, addMaskValue */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36375);

const ADD_MASK = /^[\s\u0085]*(?:::add-mask(?:[ \t][^\r\n]*?)?::|##\[add-mask(?:[ \t][^\]\r\n]*)?\])(.*)$/i;
const MAX_STEP_MASKS = 1000;
const MAX_STEP_MASK_CHARS = 64 * 1024;
function addMaskValue(line) {
    const match = ADD_MASK.exec(line);
    if (!match)
        return undefined;
    const value = (match[1] ?? "").replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
    return value.trim().length < _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_SECRET_LENGTH */ .vb ? undefined : value;
}
class StepMasks {
    #io;
    #redactor;
    #instead;
    #values = new Set();
    #refused = false;
    #chars = 0;
    constructor(io, redactor, instead = "Pass secrets a step prints through the redact input instead.") {
        this.#io = io;
        this.#redactor = redactor;
        this.#instead = instead;
    }
    line(raw) {
        const value = addMaskValue(raw);
        if (value === undefined || this.#values.has(value))
            return;
        if (this.#values.size >= MAX_STEP_MASKS || this.#chars + value.length > MAX_STEP_MASK_CHARS) {
            if (!this.#refused) {
                this.#refused = true;
                this.#io.warning(`The flow steps printed more than ${MAX_STEP_MASKS} ::add-mask:: commands, or values of more than ` +
                    `${MAX_STEP_MASK_CHARS.toLocaleString("en-US")} characters in all; the values of the rest are not masked. ${this.#instead}`);
            }
            return;
        }
        this.#chars += value.length;
        this.#values.add(value);
        this.#redactor.add(value);
        this.#io.setSecret(value);
    }
    text(text) {
        if (!MENTIONS_ADD_MASK.test(text))
            return;
        for (const line of text.split(/\r\n|\r|\n/))
            this.line(line);
    }
}
const MENTIONS_ADD_MASK = /add-mask/i;


/***/ }),

/***/ 75796:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  briefOutcome: () => (/* binding */ briefOutcome),
  exitCodeFor: () => (/* binding */ exitCodeFor),
  fireCommand: () => (/* binding */ fireCommand),
  listCommand: () => (/* binding */ listCommand),
  noPackagesFound: () => (/* binding */ noPackagesFound),
  stepLines: () => (/* binding */ stepLines),
  suggestedCommandLine: () => (/* binding */ suggestedCommandLine),
  validateCommand: () => (/* binding */ validateCommand),
  warnNoPackages: () => (/* binding */ warnNoPackages),
  warnStopped: () => (/* binding */ warnStopped)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/engine/dispatch.js + 2 modules
var dispatch = __webpack_require__(53677);
// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __webpack_require__(40801);
// EXTERNAL MODULE: ./.build/flows/index.js
var _build_flows = __webpack_require__(6472);
// EXTERNAL MODULE: ./.build/report/summary.js
var summary = __webpack_require__(54681);
// EXTERNAL MODULE: ./.build/report/text.js
var report_text = __webpack_require__(18362);
// EXTERNAL MODULE: ./.build/terminal-text.js
var terminal_text = __webpack_require__(17930);
// EXTERNAL MODULE: ./.build/wrapped-lines.js
var wrapped_lines = __webpack_require__(21913);
// EXTERNAL MODULE: ./.build/action/step-masks.js
var step_masks = __webpack_require__(61195);
// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var redact = __webpack_require__(36375);
// EXTERNAL MODULE: ./.build/cli/failure.js
var failure = __webpack_require__(87713);
// EXTERNAL MODULE: ./.build/cli/json-file.js
var json_file = __webpack_require__(92268);
// EXTERNAL MODULE: ./.build/fs-safe.js
var fs_safe = __webpack_require__(61557);
;// CONCATENATED MODULE: ./.build/cli/older-state.js



const MAX_OLDER_STATE_BYTES = 32 * 1024 * 1024;
function olderStateWarning(options) {
    const file = (0,external_node_path_.join)(options.stateDir, "state.json");
    const shown = (0,terminal_text/* terminalText */.eR)(file.startsWith(`${options.repoRoot}/`) ? file.slice(options.repoRoot.length + 1) : file);
    const unchecked = (why) => `warning: ${shown} (the older codex-flows runtime's state) ${why}, so it was not checked for event ${(0,terminal_text/* terminalText */.eR)(options.eventId)}. ` +
        `flows does not read that file: an event the older runtime handled ${options.dryRun ? "would run" : "runs"} again here. Move the file away once its events are handled, or delete it, to silence this.`;
    let read;
    try {
        read = (0,fs_safe/* readRegularText */.Aj)(file, MAX_OLDER_STATE_BYTES);
    }
    catch (error) {
        return unchecked(`could not be read (${error.code ?? (error instanceof Error ? error.message : String(error))})`);
    }
    if (read.kind === "missing")
        return undefined;
    if (read.kind === "refused")
        return unchecked(read.reason);
    let parsed;
    try {
        parsed = JSON.parse(read.text);
    }
    catch {
        return unchecked("is not JSON");
    }
    const events = isRecord(parsed) && Array.isArray(parsed.events) ? parsed.events : undefined;
    if (events === undefined)
        return unchecked('is not the older runtime\'s state (an object with an "events" array)');
    const stored = events.find((each) => isRecord(each) && isRecord(each.event) && each.event.id === options.eventId);
    if (stored === undefined)
        return undefined;
    const at = isRecord(stored) && typeof stored.createdAt === "string" ? ` at ${(0,terminal_text/* terminalText */.eR)(stored.createdAt.slice(0, 40))}` : "";
    return (`warning: event ${(0,terminal_text/* terminalText */.eR)(options.eventId)} was handled by the older codex-flows runtime${at} (recorded in ${shown}). ` +
        `flows keeps its own records and does not read that file, so its steps ${options.dryRun ? "would run" : "ran"} again here. To keep a handled event from running twice, ` +
        "do not fire it again here; move the file away once its events are handled, or delete it, to silence this.");
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./.build/shell-word.js
var shell_word = __webpack_require__(83505);
;// CONCATENATED MODULE: ./.build/cli/line-batch.js
class LineBatch {
    write;
    #lines = [];
    #chars = 0;
    #queued = false;
    constructor(write) {
        this.write = write;
    }
    push(line) {
        this.#lines.push(line);
        this.#chars += line.length;
        if (this.#chars >= BATCH_CHARS)
            this.flush();
        else if (!this.#queued) {
            this.#queued = true;
            queueMicrotask(() => {
                this.#queued = false;
                this.flush();
            });
        }
    }
    flush() {
        if (this.#lines.length === 0)
            return;
        const text = this.#lines.length === 1 ? this.#lines[0] : this.#lines.join("");
        this.#lines = [];
        this.#chars = 0;
        this.write(text);
    }
}
const BATCH_CHARS = 64 * 1024;

// EXTERNAL MODULE: ./.build/cli/flow-warnings.js
var flow_warnings = __webpack_require__(57941);
// EXTERNAL MODULE: ./.build/cli/usage.js
var usage = __webpack_require__(41488);
;// CONCATENATED MODULE: ./.build/cli/commands.js


















async function listCommand(ctx) {
    const discovery = await (0,_build_flows/* discoverFlows */.nE)({ repoRoot: ctx.repoRoot, roots: ctx.roots, checkLayout: true });
    const errors = discovery.problems.filter((problem) => problem.severity === "error");
    if (ctx.json) {
        ctx.out(`${JSON.stringify({ flows: discovery.flows, problems: discovery.problems, shadowed: discovery.shadowed }, null, 2)}\n`);
        return errors.length > 0 ? 1 : 0;
    }
    if (discovery.flows.length === 0 && errors.length === 0)
        ctx.out(`${noPackagesFound(ctx)}\n`);
    for (const flow of discovery.flows) {
        const head = `${flow.name} v${flow.version}  ${relativeTo(ctx.repoRoot, flow.root)}`;
        ctx.out(`${(0,terminal_text/* terminalText */.eR)(head)}${flow.description ? `  — ${(0,terminal_text/* terminalText */.eR)(flow.description)}` : ""}\n`);
        for (const step of flow.steps) {
            const trigger = step.trigger
                ? `on ${step.trigger.type}${step.trigger.schema ? ` (${step.trigger.schema})` : ""}${step.trigger.if ? ` if ${step.trigger.if}` : ""}`
                : "no trigger";
            ctx.out(`  ${(0,terminal_text/* terminalText */.eR)(`${step.name}  [${step.runner}] ${step.script}  ${trigger}`)}\n`);
        }
    }
    for (const problem of discovery.problems)
        ctx.err(`${(0,report_text.formatProblem)(problem, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
    if (errors.length === 0)
        return 0;
    const listed = discovery.flows.map((flow) => `${flow.root}/`);
    const leftOut = errors.some((problem) => !listed.some((root) => problem.file.startsWith(root)));
    const loaded = discovery.flows.length === 0 ? "no flow package could be loaded" : leftOut ? "those packages are left out above" : "the steps they name never match";
    ctx.err(`${errors.length} error${errors.length === 1 ? "" : "s"} in flow packages: ${loaded}. \`${ctx.invocation ?? "flows"} validate\` checks them all.\n`);
    return 1;
}
async function validateCommand(ctx) {
    const result = await (0,_build_flows/* validateFlows */._O)({ repoRoot: ctx.repoRoot, roots: ctx.roots, checkLayout: true });
    if (result.flows.length === 0 && !result.problems.some((problem) => problem.severity === "error")) {
        result.problems.push({ severity: "error", file: ctx.repoRoot, message: `${noPackagesFound(ctx)} Nothing was validated.` });
    }
    const errors = result.problems.filter((problem) => problem.severity === "error");
    if (ctx.json) {
        ctx.out(`${JSON.stringify({ ok: errors.length === 0, flows: result.flows.map((f) => f.name), problems: result.problems }, null, 2)}\n`);
        return errors.length > 0 ? 1 : 0;
    }
    for (const problem of result.problems)
        ctx.err(`${(0,report_text.formatProblem)(problem, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
    const steps = result.flows.reduce((sum, flow) => sum + flow.steps.length, 0);
    if (errors.length > 0) {
        ctx.err(`${errors.length} error${errors.length === 1 ? "" : "s"} in flow packages.\n`);
        return 1;
    }
    ctx.out(`${result.flows.length} flow${result.flows.length === 1 ? "" : "s"}, ${steps} step${steps === 1 ? "" : "s"}: all valid.\n`);
    return 0;
}
async function fireCommand(ctx, options) {
    const event = await (0,json_file/* readEventFile */.zh)(options.eventPath === json_file/* STDIN */.TF ? json_file/* STDIN */.TF : (0,external_node_path_.resolve)(options.eventPath), ctx.invocation ?? "flows", ctx.signal);
    const discovery = await (0,_build_flows/* discoverFlows */.nE)({ repoRoot: ctx.repoRoot, roots: ctx.roots, eventType: event.event.type, checkLayout: true });
    discovery.problems = (0,flow_warnings/* withoutMissingRoots */.ww)(discovery, ctx.repoRoot);
    warnMissingRoots(ctx, discovery.missingRoots ?? []);
    warnNoPackages(ctx, discovery);
    const { store: opened } = await ctx.openStore();
    const store = ctx.debug ? (await __webpack_require__.e(/* import() */ 2978).then(__webpack_require__.bind(__webpack_require__, 22978))).debugStore(opened, ctx.debug) : opened;
    const only = options.only;
    const reached = only ? discovery.flows.filter((flow) => flow.name === only.flow).map((flow) => ({ ...flow, steps: flow.steps.filter((step) => step.name === only.step) })) : discovery.flows;
    const early = new flow_warnings/* EarlyWarnings */.JS(reached, event.event.type, ctx.repoRoot);
    const lines = stepLines(ctx);
    const outcome = await (0,dispatch/* dispatch */.JD)(event, {
        repoRoot: ctx.repoRoot,
        roots: ctx.roots,
        discovery,
        store,
        concurrency: options.concurrency,
        dryRun: options.dryRun,
        only: options.only ? [options.only] : undefined,
        ...(options.only ? { runUnmatched: options.ignoreTrigger ? "any" : "untriggered" } : {}),
        env: ctx.env,
        bunPath: options.bunPath,
        workspaceBackendUrl: options.workspaceBackendUrl,
        launchedBy: "flows-cli",
        commandLine: suggestedCommandLine(ctx),
        ...(ctx.debug ? { debug: ctx.debug } : {}),
        observer: {
            ...lines,
            onStepStart: (run) => {
                early.start();
                return lines?.onStepStart?.(run);
            },
        },
        signal: ctx.signal,
    });
    if (options.only && outcome.runs.length === 0) {
        const miss = outcome.mismatches.find((m) => m.flow.name === options.only?.flow && m.step.name === options.only?.step);
        throw new failure/* CommandFailed */.nk(miss ? notMatched(ctx, { ...options.only, eventPath: options.eventPath }, miss.message) : await noSuchStep(ctx, options.only), { problems: (0,summary/* allProblems */.Ul)(outcome) });
    }
    if (outcome.matched > 0)
        warnOlderState(ctx, options, outcome.eventId);
    printOutcome(ctx, outcome);
    await (0,flow_warnings/* reportFlowWarnings */.Ms)(ctx, reached, [outcome], undefined, early);
    warnStopped(ctx, outcome, "The same command again runs them (steps that ended are not run again).");
    if (outcome.status === "duplicate" && !ctx.json) {
        const id = (0,terminal_text/* terminalText */.eR)(outcome.eventId);
        const word = (0,terminal_text/* terminalText */.eR)((0,shell_word/* shellWord */.r)(outcome.eventId));
        const elsewhere = outcome.runs.filter(contracts/* isRunningElsewhere */.wR);
        ctx.err(elsewhere.length > 0
            ? `Event ${id} is being handled by another dispatch (${elsewhere.map((run) => (0,terminal_text/* terminalText */.eR)(`${run.flowName}/${run.stepName}`)).join(", ")} ${elsewhere.length === 1 ? "is" : "are"} running there), so nothing ran. \`${ctx.invocation ?? "flows"} runs --event ${word}${ctx.contextArgs ?? ""}\` shows how ${elsewhere.length === 1 ? "it ends" : "they end"}.\n`
            : `Event ${id} was handled before, so nothing ran. \`${ctx.invocation ?? "flows"} replay ${word}${ctx.contextArgs ?? ""}\` runs its steps again.\n`);
    }
    return exitCodeFor(outcome);
}
function warnStopped(ctx, outcome, again) {
    if (!ctx.signal?.aborted)
        return;
    const canceled = outcome.runs.filter((run) => run.effectiveStatus === "canceled" && !run.alreadyHandled);
    if (canceled.length === 0)
        return;
    const names = canceled.slice(0, 5).map((run) => (0,terminal_text/* terminalText */.eR)(`${run.flowName}/${run.stepName}`));
    const more = canceled.length > names.length ? ` and ${canceled.length - names.length} more` : "";
    ctx.err(`flows: stopped: ${names.join(", ")}${more} ${canceled.length === 1 ? "was" : "were"} canceled and recorded so. ${again}\n`);
}
function suggestedCommandLine(ctx) {
    return (args) => `${ctx.invocation ?? "flows"} ${args}${ctx.contextArgs ?? ""}`;
}
function notMatched(ctx, named, why) {
    const command = suggestedCommandLine(ctx)(`run ${(0,shell_word/* shellWord */.r)(named.flow)} ${(0,shell_word/* shellWord */.r)(named.step)} --event ${(0,shell_word/* shellWord */.r)(named.eventPath)} --ignore-trigger`);
    return (`${named.flow}/${named.step} does not match this event: ${why}. Its trigger may guard what the step assumes of the event; ` +
        `to run it anyway, add --ignore-trigger (\`${command}\`).`);
}
async function noSuchStep(ctx, only) {
    const { flows, problems } = await (0,_build_flows/* discoverFlows */.nE)({ repoRoot: ctx.repoRoot, roots: ctx.roots });
    const flowName = only.flow;
    const flow = flows.find((each) => each.name === only.flow);
    if (!flow) {
        const names = flows.map((each) => each.name);
        const known = names.length === 0 ? "There are no flows here." : `The flows: ${names.join(", ")}.`;
        const unloaded = problems.some((problem) => problem.severity === "error")
            ? ` Some flow packages could not be loaded, and ${flowName} may be one of them: fix the problems below.`
            : "";
        return `There is no flow named ${flowName}.${(0,usage/* didYouMean */.au)(only.flow, names)} ${known}${unloaded} \`${ctx.invocation ?? "flows"} list\` shows them with their steps.`;
    }
    const steps = flow.steps.map((step) => step.name);
    return `Flow ${flowName} has no step ${only.step}.${(0,usage/* didYouMean */.au)(only.step, steps)} Its steps: ${steps.join(", ")}.`;
}
function stepLines(ctx) {
    const holds = new Map();
    const batch = new LineBatch(ctx.color ? ctx.errLines : (text) => ctx.errLines((0,terminal_text/* terminalLines */.MJ)(text)));
    const shown = (line) => (ctx.color || line.includes("\n") ? (0,terminal_text/* stepOutputText */.jR)(line, ctx.color) : line);
    const masks = new step_masks/* StepMasks */.k9({ setSecret: () => undefined, warning: (message) => ctx.err(`warning: ${message}\n`) }, redact/* redactor */.$p, "Keep such values out of step output.");
    const holdOf = (run) => {
        let hold = holds.get(run.id);
        if (!hold) {
            const prefix = (0,terminal_text/* terminalText */.eR)(`[${run.flowName}/${run.stepName}] `);
            hold = new wrapped_lines/* StreamLineHolds */.nu((line) => batch.push(`${prefix}${shown(line)}\n`));
            holds.set(run.id, hold);
        }
        return hold;
    };
    return {
        onStepLine: (run, stream, line) => {
            masks.line(line);
            holdOf(run).push(stream, line);
        },
        onStepEnd: (run) => {
            holds.get(run.id)?.flush();
            holds.delete(run.id);
            batch.flush();
        },
    };
}
function printOutcome(ctx, outcome) {
    if (ctx.json)
        ctx.out(`${JSON.stringify(briefOutcome(outcome), null, 2)}\n`);
    else
        ctx.out(`${(0,report_text.renderText)(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
}
function briefOutcome(outcome) {
    return {
        status: outcome.status,
        eventId: outcome.eventId,
        runIds: outcome.runIds,
        matched: outcome.matched,
        ...(outcome.idempotent ? { idempotent: true } : {}),
        event: outcome.event,
        runs: outcome.runs,
        mismatches: outcome.mismatches.map((m) => ({ flow: m.flow.name, step: m.step.name, reason: m.reason, message: m.message })),
        problems: (0,summary/* allProblems */.Ul)(outcome),
        ...(outcome.storeProblemCount !== undefined ? { storeProblemCount: outcome.storeProblemCount } : {}),
        children: outcome.children.map(briefOutcome),
    };
}
function exitCodeFor(outcome) {
    const failed = (0,summary/* flatten */.Bq)(outcome).some((each) => each.runs.some((run) => run.effectiveStatus === "failed"));
    return failed || (0,summary/* allProblems */.Ul)(outcome).some((problem) => problem.severity === "error") ? 1 : 0;
}
function warnOlderState(ctx, options, eventId) {
    const dirs = new Set([(0,external_node_path_.join)(ctx.repoRoot, ".codex", "flow-client"), ...(options.stateDir === undefined ? [] : [options.stateDir])]);
    for (const stateDir of dirs) {
        const warning = olderStateWarning({ repoRoot: ctx.repoRoot, stateDir, eventId, dryRun: options.dryRun });
        if (warning !== undefined)
            ctx.err(`${warning}\n`);
    }
}
function warnMissingRoots(ctx, missing) {
    if (ctx.roots === undefined)
        return;
    for (const root of missing) {
        ctx.err(`warning: flow root "${(0,terminal_text/* terminalText */.eR)(root)}" does not exist (in ${ctx.repoRoot}), so no flows were loaded from it. Check --flows-path.\n`);
    }
}
function warnNoPackages(ctx, discovery) {
    const nothing = discovery.flows.length === 0 && (discovery.deferred ?? []).length === 0 && discovery.problems.length === 0;
    if (nothing && discovery.missingRoots === undefined)
        ctx.err(`warning: ${noPackagesFound(ctx)}\n`);
}
function repositoryOfPackage(packageDir) {
    const root = (0,external_node_path_.dirname)(packageDir);
    const above = (0,external_node_path_.dirname)(root);
    return (0,external_node_path_.basename)(root) === "flows" && (0,external_node_path_.basename)(above) === ".codex" ? (0,external_node_path_.dirname)(above) : above;
}
function noPackagesFound(ctx) {
    const roots = (ctx.roots ?? _build_flows/* DEFAULT_FLOW_ROOTS */.BS).map((root) => relativeTo(ctx.repoRoot, (0,external_node_path_.resolve)(ctx.repoRoot, root)));
    const inPackage = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(ctx.repoRoot, "flow.toml"))
        ? ` ${ctx.repoRoot} is itself a flow package (it holds flow.toml): run flows from the repository root, or pass --repo ${(0,shell_word/* shellWord */.r)(repositoryOfPackage(ctx.repoRoot))}.`
        : "";
    return (`No flow.toml found under ${roots.join(", ")} (in ${ctx.repoRoot}). A flow package is a folder directly under a flow root ` +
        `holding flow.toml; use --repo or --flows-path to look elsewhere, or \`${ctx.invocation ?? "flows"} new <flow>\` to write one.${inPackage}`);
}
function relativeTo(base, path) {
    return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}


/***/ }),

/***/ 57941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JS: () => (/* binding */ EarlyWarnings),
/* harmony export */   Ms: () => (/* binding */ reportFlowWarnings),
/* harmony export */   UQ: () => (/* binding */ layoutWarnings),
/* harmony export */   om: () => (/* binding */ reachedStepWarnings),
/* harmony export */   ww: () => (/* binding */ withoutMissingRoots)
/* harmony export */ });
/* unused harmony exports allReachedStepWarnings, outcomeEventTypes, flowWarningsLine, validateCommandLine */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _flows_match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65066);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54681);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17930);




async function reachedStepWarnings(flows, eventTypes, repoRoot, shown = []) {
    return withoutShown(await allReachedStepWarnings(flows, eventTypes, repoRoot), shown);
}
async function allReachedStepWarnings(flows, eventTypes, repoRoot) {
    if (eventTypes.length === 0)
        return [];
    const [{ stepWarnings }, { sharedSchemaRegistry }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 40204)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2259))]);
    return stepWarnings(flows, {
        repoRoot,
        schemas: sharedSchemaRegistry(),
        reached: (step) => step.trigger !== undefined && eventTypes.some((type) => (0,_flows_match_js__WEBPACK_IMPORTED_MODULE_1__.typeMatches)(step.trigger.type, type)),
    });
}
function withoutShown(warnings, shown) {
    const seen = new Set(shown.map(problemKey));
    return warnings.filter((warning) => {
        const key = problemKey(warning);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function problemKey(problem) {
    return `${problem.file}\0${problem.line}\0${problem.column}\0${problem.message}`;
}
function layoutWarnings(checked, shown, repoRoot) {
    const known = new Set(shown.map(problemKey));
    return withoutMissingRoots(checked, repoRoot).filter((problem) => problem.severity === "warning" && !known.has(problemKey(problem)));
}
function withoutMissingRoots(checked, repoRoot) {
    const missing = new Set((checked.missingRoots ?? []).map((root) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(repoRoot, root)));
    return checked.problems.filter((problem) => !(problem.severity === "warning" && missing.has(problem.file) && problem.message.startsWith("flow root ")));
}
function outcomeEventTypes(outcomes) {
    return [...new Set(outcomes.flatMap((outcome) => (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .flatten */ .Bq)(outcome).map((each) => each.event.type)))];
}
class EarlyWarnings {
    flows;
    eventType;
    repoRoot;
    warnings;
    constructor(flows, eventType, repoRoot) {
        this.flows = flows;
        this.eventType = eventType;
        this.repoRoot = repoRoot;
    }
    start() {
        if (this.warnings !== undefined)
            return;
        this.warnings = new Promise((done) => setTimeout(done, 0)).then(() => allReachedStepWarnings(this.flows, [this.eventType], this.repoRoot));
        this.warnings.catch(() => undefined);
    }
}
function flowWarningsLine(warnings, where) {
    if (warnings.length === 0)
        return undefined;
    const files = [...new Set(warnings.map((warning) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(where.repoRoot, warning.file).split("\\").join("/")))];
    const count = warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`;
    const them = warnings.length === 1 ? "it" : "them";
    return `warning: ${count} about the steps ${where.reached ?? "this event reached"} (${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalText */ .eR)(files.join(", "))}); run \`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalText */ .eR)(where.validate)}\` to see ${them}.`;
}
async function reportFlowWarnings(ctx, flows, outcomes, reached, early) {
    const shown = outcomes.flatMap(_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .allProblems */ .Ul);
    const types = outcomeEventTypes(outcomes);
    const found = early?.warnings !== undefined && types.length === 1 && types[0] === early.eventType ? await early.warnings : undefined;
    const warnings = found !== undefined ? withoutShown(found, shown) : await reachedStepWarnings(flows, types, ctx.repoRoot, shown);
    const line = flowWarningsLine(warnings, { repoRoot: ctx.repoRoot, validate: validateCommandLine(ctx), ...(reached ? { reached } : {}) });
    if (line !== undefined)
        ctx.err(`${line}\n`);
}
function validateCommandLine(ctx) {
    return `${ctx.invocation ?? "flows"} validate${ctx.flowArgs ?? ""}`;
}


/***/ }),

/***/ 92268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ refuseFlowEventAsWebhook),
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   TF: () => (/* binding */ STDIN),
/* harmony export */   ZN: () => (/* binding */ parseJsonFileText),
/* harmony export */   fs: () => (/* binding */ standardInputProblem),
/* harmony export */   k0: () => (/* binding */ readStdinText),
/* harmony export */   zh: () => (/* binding */ readEventFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _engine_event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66185);
/* harmony import */ var _flows_file_problem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84186);
/* harmony import */ var _flows_utf8_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25148);
/* harmony import */ var _events_pass_through_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83477);
/* harmony import */ var _events_budget_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85797);
/* harmony import */ var _events_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56835);
/* harmony import */ var _fs_async_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(93602);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(47948);
/* harmony import */ var _shell_word_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(83505);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(41488);
/* harmony import */ var _webhook_delivery_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(70919);
/* harmony import */ var _webhook_shape_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2542);













const MAX_JSON_FILE_BYTES = _events_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_PAYLOAD_BYTES */ .qY + 1024 * 1024;
const STDIN = "-";
function source(path, what) {
    return path === STDIN ? `${what} on standard input` : `${what} file ${path}`;
}
async function readJsonFile(path, what, invocation, signal) {
    let text;
    try {
        text =
            path === STDIN
                ? await readStdinText(what, `cat event.json | ${invocation} fire --event -`, MAX_JSON_FILE_BYTES, signal)
                : await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_7__/* .readTextFileWithin */ .$u)(path, MAX_JSON_FILE_BYTES);
    }
    catch (error) {
        if (error instanceof _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH)
            throw error;
        const code = error.code;
        if (code === "EFBIG") {
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(`${source(path, what)} is larger than 26 MiB; payloads may be at most 25 MiB (GitHub's own cap on webhook payloads). Give a smaller file.`);
        }
        if (code === "ENOENT")
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(`${source(path, what)} does not exist.`);
        if (path === STDIN)
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(standardInputProblem(what, code));
        if (code === "EISDIR")
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(`${source(path, what)} is a folder; give the path of a JSON file.`);
        const { problem, hint } = (0,_flows_file_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .fileProblem */ .W)(path, code, "file");
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(`${source(path, what)} ${problem}. ${hint}`);
    }
    if (path !== STDIN && text.replace(/^\uFEFF/, "").trim() === "") {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(`${source(path, what)} is empty${text === "" ? "" : " (only whitespace)"}: it should hold ${what.replace(/^The /, "the ")} as JSON.`);
    }
    if (path !== STDIN && text.includes("\uFFFD") && isFile(path)) {
        const notUtf8 = (0,_flows_utf8_check_js__WEBPACK_IMPORTED_MODULE_3__/* .invalidUtf8 */ .tR)(path, text);
        if (notUtf8)
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(`${path}:${notUtf8.line}:${notUtf8.column}: ${(0,_flows_utf8_check_js__WEBPACK_IMPORTED_MODULE_3__/* .invalidUtf8Message */ .kC)(source(path, what), notUtf8, "JSON")}`);
    }
    return parseJsonFileText(text, path, what);
}
function isFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function standardInputProblem(what, code) {
    if (code === "EISDIR")
        return `${what} on standard input is a folder: pipe or redirect a JSON file into it (\`< event.json\`), or give the file's path.`;
    const { problem, hint } = (0,_flows_file_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .fileProblem */ .W)("standard input", code, "file");
    return `${what} on standard input ${problem}. ${hint}`;
}
function parseJsonFileText(text, path, what) {
    const parsed = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_8__/* .parseJsonText */ .lk)(text.replace(/^\uFEFF/, ""));
    if (parsed.ok)
        return parsed.value;
    const where = parsed.line === undefined ? "" : `:${parsed.line}:${parsed.column ?? 1}`;
    throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(`${path === STDIN ? "<stdin>" : path}${where}: ${what} is not valid JSON: ${parsed.message}.`);
}
async function readStdinText(what, pipeExample, maxBytes, signal) {
    if ((await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7066, 19))).isatty(0)) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(`${what} is read from standard input (\`-\`), which is a terminal: pipe it in (\`${pipeExample}\`), or give the file's path.`);
    }
    const bytes = await untilStopped((0,_fs_async_js__WEBPACK_IMPORTED_MODULE_7__/* .readFileWithin */ .oF)({ fd: 0 }, maxBytes), signal, what);
    const text = bytes.toString("utf8");
    const notUtf8 = text.includes("\uFFFD") ? (0,_flows_utf8_check_js__WEBPACK_IMPORTED_MODULE_3__/* .invalidUtf8Bytes */ ._J)(bytes) : undefined;
    if (notUtf8)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(`<stdin>:${notUtf8.line}:${notUtf8.column}: ${(0,_flows_utf8_check_js__WEBPACK_IMPORTED_MODULE_3__/* .invalidUtf8Message */ .kC)(`${what} on standard input`, notUtf8, "JSON")}`);
    if (text.replace(/^\uFEFF/, "").trim() === "") {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(`${what} is read from standard input (\`-\`), but nothing came (it was empty): pipe it in (\`${pipeExample}\`), or give the file's path.`);
    }
    return text;
}
function untilStopped(reading, signal, what) {
    if (signal === undefined)
        return reading;
    const stopped = () => new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(`Stopped while ${what.replace(/^The /, "the ")} was still being read from standard input: nothing ran.`);
    if (signal.aborted)
        return Promise.reject(stopped());
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(stopped());
        signal.addEventListener("abort", onAbort, { once: true });
        reading.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
    });
}
async function readEventFile(path, invocation, signal) {
    const value = await readJsonFile(path, "The event", invocation, signal);
    (0,_events_pass_through_js__WEBPACK_IMPORTED_MODULE_4__/* .refuseControlCharacters */ .qx)(value, path === STDIN ? "the event on standard input" : `the event file ${path}`);
    const file = path === STDIN ? "<stdin>" : path;
    try {
        return _engine_event_js__WEBPACK_IMPORTED_MODULE_1__/* .AcceptedFlowEvent */ .aW.accept(value);
    }
    catch (error) {
        if (error instanceof _engine_event_js__WEBPACK_IMPORTED_MODULE_1__/* .FlowEventError */ .DW) {
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(`${error.reason}${(0,_webhook_delivery_js__WEBPACK_IMPORTED_MODULE_10__/* .deliveryHint */ .mk)(value, path, invocation) || webhookHint(value, path, invocation)}`, { file });
        }
        if (error instanceof _events_errors_js__WEBPACK_IMPORTED_MODULE_6__.PayloadBudgetError)
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(error.message, { file });
        throw error;
    }
}
function webhookHint(value, path, invocation) {
    if (typeof value !== "object" || value === null || Array.isArray(value) || "id" in value || "type" in value)
        return "";
    const keys = Object.keys(value);
    if (!["repository", "sender", "action", "organization", "installation"].some((key) => keys.includes(key)))
        return "";
    const name = (0,_webhook_shape_js__WEBPACK_IMPORTED_MODULE_11__/* .guessWebhookEventName */ .GL)(value) ?? "<name>";
    const file = (0,_shell_word_js__WEBPACK_IMPORTED_MODULE_12__/* .shellWord */ .r)(path);
    const run = `run it with \`${invocation} github --event-name ${name} --event-path ${file}\``;
    return ` It looks like a GitHub webhook payload, not a FlowEvent: ${run} (or see what would match with \`${invocation} explain --event ${file} --event-name ${name}\`).`;
}
function refuseFlowEventAsWebhook(value, path, eventPathOption, invocation) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return;
    const event = value;
    if (typeof event.id !== "string" || typeof event.type !== "string")
        return;
    if (["repository", "sender", "organization", "installation", "enterprise"].some((key) => key in event))
        return;
    const shown = (0,_shell_word_js__WEBPACK_IMPORTED_MODULE_12__/* .shellWord */ .r)(path);
    throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .InputFileError */ .TH(`${path === STDIN ? "<stdin>" : path}: this is a FlowEvent (id ${JSON.stringify(event.id)}, type ${JSON.stringify(event.type)}), ` +
        `not a GitHub webhook payload, which ${eventPathOption} takes: run it with \`${invocation} fire --event ${shown}\` ` +
        `(or see what would match with \`${invocation} explain --event ${shown}\`, without --event-name).`);
}


/***/ }),

/***/ 70919:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ payloadOfDelivery),
/* harmony export */   mk: () => (/* binding */ deliveryHint)
/* harmony export */ });
/* unused harmony export webhookDelivery */
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41488);
/* harmony import */ var _shell_word_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83505);


function webhookDelivery(value) {
    if (!isObject(value))
        return undefined;
    const { guid, event, request } = value;
    if (typeof guid !== "string" || typeof event !== "string" || !isObject(request))
        return undefined;
    if (!("payload" in request) || !("headers" in request))
        return undefined;
    return { guid, event, payload: request.payload };
}
function payloadOfDelivery(value, path, eventName, nameOption) {
    const delivery = webhookDelivery(value);
    if (delivery === undefined)
        return undefined;
    const where = path === "-" ? "<stdin>" : path;
    const record = `GitHub's record of a ${delivery.event} delivery (${delivery.guid})`;
    if (delivery.event !== eventName) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_0__/* .InputFileError */ .TH(`${where}: this is ${record}, but ${nameOption} says ${eventName}. Pass ${nameOption} ${(0,_shell_word_js__WEBPACK_IMPORTED_MODULE_1__/* .shellWord */ .r)(delivery.event)}.`);
    }
    if (!isObject(delivery.payload)) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_0__/* .InputFileError */ .TH(`${where}: this is ${record}, and its request.payload is ${delivery.payload === null ? "null" : "not a JSON object"}: there is no payload to run. ` +
            "Give the delivery's payload itself.");
    }
    return delivery.payload;
}
function deliveryHint(value, path, invocation) {
    const delivery = webhookDelivery(value);
    if (delivery === undefined)
        return "";
    const name = (0,_shell_word_js__WEBPACK_IMPORTED_MODULE_1__/* .shellWord */ .r)(delivery.event);
    const file = (0,_shell_word_js__WEBPACK_IMPORTED_MODULE_1__/* .shellWord */ .r)(path);
    return (` It is GitHub's record of a webhook delivery (${delivery.event}, ${delivery.guid}), not a FlowEvent: run its payload with ` +
        `\`${invocation} github --event-name ${name} --event-path ${file}\` (or see what would match with \`${invocation} explain --event ${file} --event-name ${name}\`).`);
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 2542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GL: () => (/* binding */ guessWebhookEventName),
/* harmony export */   LL: () => (/* binding */ warnMissingAction),
/* harmony export */   M4: () => (/* binding */ refuseWebhookOfAnotherEvent)
/* harmony export */ });
/* unused harmony export missingActionWarning */
/* harmony import */ var _generated_github_event_actions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28394);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17930);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41488);



const EVENT_KEYS = {
    push: ["ref", "before", "after"],
    create: ["ref", "ref_type"],
    delete: ["ref", "ref_type"],
    pull_request: ["pull_request", "number"],
    pull_request_target: ["pull_request", "number"],
    pull_request_review: ["pull_request", "review"],
    pull_request_review_comment: ["pull_request", "comment"],
    pull_request_review_thread: ["pull_request", "thread"],
    issues: ["issue"],
    issue_comment: ["issue", "comment"],
    discussion: ["discussion"],
    discussion_comment: ["discussion", "comment"],
    release: ["release"],
    workflow_run: ["workflow_run", "workflow"],
    workflow_job: ["workflow_job"],
    check_run: ["check_run"],
    check_suite: ["check_suite"],
    deployment: ["deployment"],
    deployment_status: ["deployment", "deployment_status"],
    merge_group: ["merge_group"],
    schedule: ["schedule"],
    workflow_dispatch: ["inputs", "workflow"],
    repository_dispatch: ["client_payload"],
};
function fits(eventName, keys) {
    return (EVENT_KEYS[eventName] ?? []).every((key) => keys.has(key));
}
function eventsFitting(payload) {
    const keys = new Set(Object.keys(payload));
    const fitting = Object.keys(EVENT_KEYS).filter((name) => fits(name, keys));
    const most = Math.max(0, ...fitting.map((name) => EVENT_KEYS[name].length));
    return fitting.filter((name) => EVENT_KEYS[name].length === most);
}
function guessWebhookEventName(payload) {
    if (typeof payload !== "object" || payload === null || Array.isArray(payload))
        return undefined;
    const best = eventsFitting(payload);
    if (best.length === 2 && best.includes("pull_request") && best.includes("pull_request_target"))
        return "pull_request";
    return best.length === 1 ? best[0] : undefined;
}
function keyList(keys) {
    if (keys.length === 0)
        return "";
    const quoted = keys.map((key) => `"${key}"`);
    return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}
function refuseWebhookOfAnotherEvent(eventName, payload, path, option) {
    if (typeof payload !== "object" || payload === null || Array.isArray(payload))
        return;
    if (EVENT_KEYS[eventName] === undefined)
        return;
    const keys = new Set(Object.keys(payload));
    const named = EVENT_KEYS[eventName];
    let best = eventsFitting(payload);
    if (fits(eventName, keys))
        best = best.filter((name) => named.every((key) => EVENT_KEYS[name].includes(key)));
    if (best.length === 0 || best.includes(eventName))
        return;
    const guessed = best.length === 1 ? best[0] : undefined;
    const has = (name) => keyList(EVENT_KEYS[name]);
    const present = named.filter((key) => keys.has(key));
    const why = fits(eventName, keys)
        ? `it has ${has(best[0])}, which ${eventName} payloads do not have together`
        : `a ${eventName} payload always has ${keyList(named)}; this one has ${present.length === 0 ? "none of them" : `only ${keyList(present)}`}`;
    const looks = guessed ?? best.join(" or ");
    const instead = guessed ? `Pass ${option} ${guessed}, or give a payload of ${eventName}.` : `Pass the ${option} of the event it holds (${best.join(", ")}).`;
    throw new _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFileError */ .TH(`${path === "-" ? "<stdin>" : path}: this looks like a payload of ${looks}, not of ${eventName} as ${option} says (${why}). ${instead}`);
}
function missingActionWarning(eventName, payload, shown) {
    if (eventName === "repository_dispatch")
        return undefined;
    const actions = _generated_github_event_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_EVENT_ACTIONS */ .v[eventName === "pull_request_target" ? "pull_request" : eventName];
    if (actions === undefined || actions.length === 0)
        return undefined;
    if (typeof payload !== "object" || payload === null || Array.isArray(payload))
        return undefined;
    if (typeof payload.action === "string")
        return undefined;
    const shownTypes = actions.slice(0, MISSING_ACTION_TYPES_SHOWN).map((action) => `${eventName}.${action}`);
    const more = actions.length - shownTypes.length;
    const types = `${shownTypes.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
    const example = ["published", "opened", "created", "completed", "submitted"].find((action) => actions.includes(action)) ?? actions[0];
    return (`${shown} has no "action", so its FlowEvent type is "${eventName}", which triggers for ${eventName} events do not match: ` +
        `they name its action (${types}; or ${eventName}.*). GitHub's ${eventName} payloads always carry one: ` +
        `add it as GitHub sends it, e.g. "action": "${example}".`);
}
const MISSING_ACTION_TYPES_SHOWN = 8;
function warnMissingAction(err, eventName, payload, shown) {
    const noAction = missingActionWarning(eventName, payload, shown === "-" ? "<stdin>" : shown);
    if (noAction !== undefined)
        err(`warning: ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(noAction)}\n`);
}


/***/ }),

/***/ 21913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nu: () => (/* binding */ StreamLineHolds)
/* harmony export */ });
/* unused harmony exports HOLD_MS, WrappedLineHold */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36375);
/* harmony import */ var _redact_spans_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38545);


const HOLD_CHARS = 64 * 1024;
const HOLD_MS = 250;
class WrappedLineHold {
    emit;
    redactor;
    #held = [];
    #chars = 0;
    #timer;
    #shown = 0;
    constructor(emit, redactor = _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p) {
        this.emit = emit;
        this.redactor = redactor;
    }
    push(line) {
        this.#hold(line);
        if (this.#held.length === 0)
            return;
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => this.flush(), HOLD_MS);
        this.#timer.unref?.();
    }
    #hold(line) {
        if (this.#held.length > 0 && line.length > 0 && (0,_redact_spans_js__WEBPACK_IMPORTED_MODULE_1__/* .inAlphabet */ .Hj)(line, 0)) {
            this.#add(line);
            if (line.length >= _redact_spans_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_WRAPPED_RUN */ .De && (0,_redact_spans_js__WEBPACK_IMPORTED_MODULE_1__/* .wholeRun */ .f1)(line, 0, line.length))
                this.#handOutSome();
            else
                this.flush();
            return;
        }
        if (this.#held.length > 0)
            this.flush();
        if (line.length >= _redact_spans_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_WRAPPED_RUN */ .De && (0,_redact_spans_js__WEBPACK_IMPORTED_MODULE_1__/* .wholeRun */ .f1)(line, line.length - _redact_spans_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_WRAPPED_RUN */ .De, line.length))
            this.#add(line);
        else
            this.emit(line);
    }
    flush() {
        clearTimeout(this.#timer);
        this.#timer = undefined;
        if (this.#held.length === 0)
            return;
        const masked = this.#masked();
        for (let i = this.#shown; i < masked.length; i++)
            this.emit(masked[i]);
        this.#held = [];
        this.#chars = 0;
        this.#shown = 0;
    }
    #add(line) {
        this.#held.push(line);
        this.#chars += line.length + 1;
    }
    #handOutSome() {
        const longest = this.redactor.longest;
        if (this.#chars <= 2 * longest + HOLD_CHARS)
            return;
        const masked = this.#masked();
        let after = 0;
        let until = this.#held.length;
        while (until > 0 && after <= longest)
            after += this.#held[--until].length + 1;
        let context = 0;
        let from = until;
        while (from > 0 && context <= longest)
            context += this.#held[--from].length + 1;
        for (let i = this.#shown; i < until; i++)
            this.emit(masked[i]);
        const kept = this.#held.slice(from);
        this.#shown = Math.max(this.#shown, until) - from;
        this.#held = kept;
        this.#chars = kept.reduce((sum, each) => sum + each.length + 1, 0);
    }
    #masked() {
        return this.redactor.redactLines(this.#held);
    }
}
class StreamLineHolds {
    emit;
    redactor;
    #holds = new Map();
    constructor(emit, redactor = _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p) {
        this.emit = emit;
        this.redactor = redactor;
    }
    push(stream, line) {
        let hold = this.#holds.get(stream);
        if (hold === undefined) {
            hold = new WrappedLineHold(this.emit, this.redactor);
            this.#holds.set(stream, hold);
        }
        hold.push(line);
    }
    flush() {
        for (const hold of this.#holds.values())
            hold.flush();
    }
}


/***/ })

};
