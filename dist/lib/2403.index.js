export const id = 2403;
export const ids = [2403];
export const modules = {

/***/ 62403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_PARTS: () => (/* binding */ MAX_PARTS),
/* harmony export */   addTallies: () => (/* binding */ addTallies),
/* harmony export */   holdsPart: () => (/* binding */ holdsPart),
/* harmony export */   inertNotes: () => (/* binding */ inertNotes),
/* harmony export */   newCommentPart: () => (/* binding */ newCommentPart),
/* harmony export */   ordered: () => (/* binding */ ordered),
/* harmony export */   partEnd: () => (/* binding */ partEnd),
/* harmony export */   partNote: () => (/* binding */ partNote),
/* harmony export */   partRun: () => (/* binding */ partRun),
/* harmony export */   partSource: () => (/* binding */ partSource),
/* harmony export */   partsToKeep: () => (/* binding */ partsToKeep),
/* harmony export */   readParts: () => (/* binding */ readParts)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75244);

function newCommentPart(step) {
    const jobStep = partSource(`${step.job ?? "job"}.${step.step ?? "step"}`);
    return {
        source: step.workflow ? `${jobStep.slice(0, 91)}.${(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(step.workflow).slice(0, 8)}` : jobStep,
        run: partRun(`${step.runId}.${step.runAttempt}`),
        nonce: (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .randomHex */ .nw)(6),
    };
}
const MAX_PARTS = 20;
const PART_NOTE = /^<!-- flows-action part source=([a-z0-9_.-]{1,100}) run=([0-9a-z_.-]{1,60}) nonce=([0-9a-f]{8,40}) commit=([0-9a-f]{40}|[0-9a-f]{64}|-) tally=(\d{1,6})\.(\d{1,6})\.(\d{1,6})\.(\d{1,6})\.(\d{1,6}) -->$/;
const PART_END = /^<!-- flows-action part end nonce=([0-9a-f]{8,40}) -->$/;
function partSource(text) {
    return text.toLowerCase().replace(/[^a-z0-9_.-]+/g, "-").slice(0, 100) || "step";
}
function partRun(text) {
    return text.toLowerCase().replace(/[^0-9a-z_.-]+/g, "-").slice(0, 60) || "run";
}
function partNote(part, commit, tally) {
    const counts = [tally.failed, tally.attention, tally.passed, tally.skipped, tally.pending].join(".");
    return `<!-- flows-action part source=${part.source} run=${part.run} nonce=${part.nonce} commit=${commit?.toLowerCase() ?? "-"} tally=${counts} -->`;
}
function partEnd(part) {
    return `<!-- flows-action part end nonce=${part.nonce} -->`;
}
function inertNotes(text) {
    return text.replace(/<!--(\s*)flows-action/gi, "<!--$1flows\u2011action");
}
function readParts(body) {
    const parts = [];
    const lines = body.split(/\r?\n/);
    const code = fencedLines(lines);
    const note = (index) => (code[index] ? "" : (lines[index] ?? ""));
    for (let at = 0; at < lines.length && parts.length < MAX_PARTS; at++) {
        const open = PART_NOTE.exec(note(at));
        if (!open)
            continue;
        const [, source = "", run = "", nonce = "", commit = "-", ...counts] = open;
        const end = lines.findIndex((_, index) => index > at && PART_END.exec(note(index))?.[1] === nonce);
        if (end < 0)
            continue;
        const [failed, attention, passed, skipped, pending] = counts.map(Number);
        parts.push({
            source,
            run,
            nonce,
            ...(commit !== "-" ? { commit } : {}),
            tally: { failed: failed ?? 0, attention: attention ?? 0, passed: passed ?? 0, skipped: skipped ?? 0, pending: pending ?? 0 },
            text: lines.slice(at + 1, end).join("\n"),
        });
        at = end;
    }
    return parts;
}
function fencedLines(lines) {
    const inside = [];
    let fence;
    for (const line of lines) {
        if (fence !== undefined) {
            inside.push(true);
            const close = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(line)?.[1];
            if (close && close[0] === fence[0] && close.length >= fence.length)
                fence = undefined;
            continue;
        }
        const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
        const opened = open?.[1];
        if (opened !== undefined && !(opened[0] === "`" && open?.[2]?.includes("`"))) {
            fence = opened;
            inside.push(true);
            continue;
        }
        inside.push(false);
    }
    return inside;
}
function partsToKeep(existing, ours, commit) {
    const wanted = commit?.toLowerCase();
    return existing.filter((part) => {
        if (part.nonce === ours.nonce)
            return false;
        if (part.commit !== wanted)
            return false;
        return part.source !== ours.source || part.run === ours.run;
    });
}
function holdsPart(body, part) {
    return readParts(body).some((each) => each.nonce === part.nonce);
}
function addTallies(tallies) {
    const sum = { passed: 0, failed: 0, attention: 0, skipped: 0, pending: 0 };
    for (const tally of tallies) {
        sum.passed += tally.passed;
        sum.failed += tally.failed;
        sum.attention += tally.attention;
        sum.skipped += tally.skipped;
        sum.pending += tally.pending;
    }
    return sum;
}
function ordered(parts) {
    return [...parts].sort((a, b) => (a.source === b.source ? a.nonce.localeCompare(b.nonce) : a.source.localeCompare(b.source)));
}


/***/ })

};
