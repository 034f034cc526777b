export const id = 5755;
export const ids = [5755];
export const modules = {

/***/ 5755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveDaemon: () => (/* binding */ serveDaemon)
});

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./.build/generated/validators/backend-dispatch-result.js
var backend_dispatch_result = __webpack_require__(33451);
// EXTERNAL MODULE: ./.build/generated/validators/backend-error.js
var backend_error = __webpack_require__(46801);
// EXTERNAL MODULE: ./.build/generated/validators/backend-run.js
var backend_run = __webpack_require__(41590);
// EXTERNAL MODULE: ./.build/generated/validators/shared.js
var shared = __webpack_require__(38713);
;// CONCATENATED MODULE: ./.build/generated/validators/cli-error.js


;// CONCATENATED MODULE: ./.build/generated/validators/cli-help.js

const validateCliHelp = (/* unused pure expression or super */ null && (validate10));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/cli-help.schema.json", "title": "CliHelp", "description": "What `flows help --json` (or `flows --help --json`) prints on standard output: every command, as `flows help` lists them; `flows help <command> --json` (or `flows <command> --help --json`): that command alone. The same table the text help is written from (src/cli/command-table.ts).", "type": "object", "required": ["commands", "globalOptions"], "additionalProperties": false, "properties": { "commands": { "type": "array", "items": { "$ref": "#/definitions/CliHelpCommand" } }, "globalOptions": { "description": "Options every command takes (and --version).", "type": "array", "items": { "$ref": "#/definitions/CliHelpOption" } } }, "definitions": { "CliHelpCommand": { "title": "CliHelpCommand", "type": "object", "required": ["name", "usage", "summary", "options", "examples"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "args": { "description": "Its positional arguments, as usage shows them (`<flow> <step>`).", "type": "string" }, "usage": { "description": "`flows <name> [args] [options]`.", "type": "string" }, "summary": { "type": "string" }, "details": { "description": "More it says in its --help.", "type": "string" }, "options": { "description": "The options it takes besides the global ones, with its own wording where it differs.", "type": "array", "items": { "$ref": "#/definitions/CliHelpOption" } }, "examples": { "type": "array", "items": { "type": "string" } } } }, "CliHelpOption": { "title": "CliHelpOption", "type": "object", "required": ["name", "flag", "takesValue", "description"], "additionalProperties": false, "properties": { "name": { "description": "Its long name, without the dashes.", "type": "string" }, "flag": { "description": "As help shows it: `-h, --help`, `--event FILE`.", "type": "string" }, "short": { "description": "Its one-letter form, without the dash.", "type": "string" }, "value": { "description": "Its value's name in help, for an option that takes one.", "type": "string" }, "takesValue": { "description": "Whether it takes a value (`--limit 5`) or stands alone (`--dry-run`).", "type": "boolean" }, "repeatable": { "description": "Given more than once, each value counts (`--input a=1 --input b=2`).", "type": "boolean" }, "description": { "type": "string" } } } } };
const schema13 = { "title": "CliHelpOption", "type": "object", "required": ["name", "flag", "takesValue", "description"], "additionalProperties": false, "properties": { "name": { "description": "Its long name, without the dashes.", "type": "string" }, "flag": { "description": "As help shows it: `-h, --help`, `--event FILE`.", "type": "string" }, "short": { "description": "Its one-letter form, without the dash.", "type": "string" }, "value": { "description": "Its value's name in help, for an option that takes one.", "type": "string" }, "takesValue": { "description": "Whether it takes a value (`--limit 5`) or stands alone (`--dry-run`).", "type": "boolean" }, "repeatable": { "description": "Given more than once, each value counts (`--input a=1 --input b=2`).", "type": "boolean" }, "description": { "type": "string" } } };
const schema12 = { "title": "CliHelpCommand", "type": "object", "required": ["name", "usage", "summary", "options", "examples"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "args": { "description": "Its positional arguments, as usage shows them (`<flow> <step>`).", "type": "string" }, "usage": { "description": "`flows <name> [args] [options]`.", "type": "string" }, "summary": { "type": "string" }, "details": { "description": "More it says in its --help.", "type": "string" }, "options": { "description": "The options it takes besides the global ones, with its own wording where it differs.", "type": "array", "items": { "$ref": "#/definitions/CliHelpOption" } }, "examples": { "type": "array", "items": { "type": "string" } } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.usage === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "usage" }, message: "must have required property '" + "usage" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.summary === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property '" + "summary" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.options === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "options" }, message: "must have required property '" + "options" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.examples === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "examples" }, message: "must have required property '" + "examples" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((((((key0 === "name") || (key0 === "args")) || (key0 === "usage")) || (key0 === "summary")) || (key0 === "details")) || (key0 === "options")) || (key0 === "examples"))) {
                const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            if (typeof data.name !== "string") {
                const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.args !== undefined) {
            if (typeof data.args !== "string") {
                const err7 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.usage !== undefined) {
            if (typeof data.usage !== "string") {
                const err8 = { instancePath: instancePath + "/usage", schemaPath: "#/properties/usage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.summary !== undefined) {
            if (typeof data.summary !== "string") {
                const err9 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.details !== undefined) {
            if (typeof data.details !== "string") {
                const err10 = { instancePath: instancePath + "/details", schemaPath: "#/properties/details/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.options !== undefined) {
            let data5 = data.options;
            if (Array.isArray(data5)) {
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data6 = data5[i0];
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        if (data6.name === undefined) {
                            const err11 = { instancePath: instancePath + "/options/" + i0, schemaPath: "#/definitions/CliHelpOption/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        if (data6.flag === undefined) {
                            const err12 = { instancePath: instancePath + "/options/" + i0, schemaPath: "#/definitions/CliHelpOption/required", keyword: "required", params: { missingProperty: "flag" }, message: "must have required property '" + "flag" + "'" };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                        if (data6.takesValue === undefined) {
                            const err13 = { instancePath: instancePath + "/options/" + i0, schemaPath: "#/definitions/CliHelpOption/required", keyword: "required", params: { missingProperty: "takesValue" }, message: "must have required property '" + "takesValue" + "'" };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                        if (data6.description === undefined) {
                            const err14 = { instancePath: instancePath + "/options/" + i0, schemaPath: "#/definitions/CliHelpOption/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property '" + "description" + "'" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                        for (const key1 in data6) {
                            if (!(((((((key1 === "name") || (key1 === "flag")) || (key1 === "short")) || (key1 === "value")) || (key1 === "takesValue")) || (key1 === "repeatable")) || (key1 === "description"))) {
                                const err15 = { instancePath: instancePath + "/options/" + i0, schemaPath: "#/definitions/CliHelpOption/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                        if (data6.name !== undefined) {
                            if (typeof data6.name !== "string") {
                                const err16 = { instancePath: instancePath + "/options/" + i0 + "/name", schemaPath: "#/definitions/CliHelpOption/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        if (data6.flag !== undefined) {
                            if (typeof data6.flag !== "string") {
                                const err17 = { instancePath: instancePath + "/options/" + i0 + "/flag", schemaPath: "#/definitions/CliHelpOption/properties/flag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        if (data6.short !== undefined) {
                            if (typeof data6.short !== "string") {
                                const err18 = { instancePath: instancePath + "/options/" + i0 + "/short", schemaPath: "#/definitions/CliHelpOption/properties/short/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        if (data6.value !== undefined) {
                            if (typeof data6.value !== "string") {
                                const err19 = { instancePath: instancePath + "/options/" + i0 + "/value", schemaPath: "#/definitions/CliHelpOption/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                        if (data6.takesValue !== undefined) {
                            if (typeof data6.takesValue !== "boolean") {
                                const err20 = { instancePath: instancePath + "/options/" + i0 + "/takesValue", schemaPath: "#/definitions/CliHelpOption/properties/takesValue/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                        if (data6.repeatable !== undefined) {
                            if (typeof data6.repeatable !== "boolean") {
                                const err21 = { instancePath: instancePath + "/options/" + i0 + "/repeatable", schemaPath: "#/definitions/CliHelpOption/properties/repeatable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                        }
                        if (data6.description !== undefined) {
                            if (typeof data6.description !== "string") {
                                const err22 = { instancePath: instancePath + "/options/" + i0 + "/description", schemaPath: "#/definitions/CliHelpOption/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err23 = { instancePath: instancePath + "/options/" + i0, schemaPath: "#/definitions/CliHelpOption/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err24 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.examples !== undefined) {
            let data14 = data.examples;
            if (Array.isArray(data14)) {
                const len1 = data14.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (typeof data14[i1] !== "string") {
                        const err25 = { instancePath: instancePath + "/examples/" + i1, schemaPath: "#/properties/examples/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err26 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
    }
    else {
        const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err27];
        }
        else {
            vErrors.push(err27);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.commands === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commands" }, message: "must have required property '" + "commands" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.globalOptions === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "globalOptions" }, message: "must have required property '" + "globalOptions" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "commands") || (key0 === "globalOptions"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.commands !== undefined) {
            let data0 = data.commands;
            if (Array.isArray(data0)) {
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate11(data0[i0], { instancePath: instancePath + "/commands/" + i0, parentData: data0, parentDataProperty: i0, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate11.errors;
                        }
                        else {
                            for (const calledError of validate11.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/commands", schemaPath: "#/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.globalOptions !== undefined) {
            let data2 = data.globalOptions;
            if (Array.isArray(data2)) {
                const len1 = data2.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data3 = data2[i1];
                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        if (data3.name === undefined) {
                            const err4 = { instancePath: instancePath + "/globalOptions/" + i1, schemaPath: "#/definitions/CliHelpOption/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                        if (data3.flag === undefined) {
                            const err5 = { instancePath: instancePath + "/globalOptions/" + i1, schemaPath: "#/definitions/CliHelpOption/required", keyword: "required", params: { missingProperty: "flag" }, message: "must have required property '" + "flag" + "'" };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                        if (data3.takesValue === undefined) {
                            const err6 = { instancePath: instancePath + "/globalOptions/" + i1, schemaPath: "#/definitions/CliHelpOption/required", keyword: "required", params: { missingProperty: "takesValue" }, message: "must have required property '" + "takesValue" + "'" };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                        if (data3.description === undefined) {
                            const err7 = { instancePath: instancePath + "/globalOptions/" + i1, schemaPath: "#/definitions/CliHelpOption/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property '" + "description" + "'" };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                        for (const key1 in data3) {
                            if (!(((((((key1 === "name") || (key1 === "flag")) || (key1 === "short")) || (key1 === "value")) || (key1 === "takesValue")) || (key1 === "repeatable")) || (key1 === "description"))) {
                                const err8 = { instancePath: instancePath + "/globalOptions/" + i1, schemaPath: "#/definitions/CliHelpOption/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        if (data3.name !== undefined) {
                            if (typeof data3.name !== "string") {
                                const err9 = { instancePath: instancePath + "/globalOptions/" + i1 + "/name", schemaPath: "#/definitions/CliHelpOption/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                        if (data3.flag !== undefined) {
                            if (typeof data3.flag !== "string") {
                                const err10 = { instancePath: instancePath + "/globalOptions/" + i1 + "/flag", schemaPath: "#/definitions/CliHelpOption/properties/flag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        if (data3.short !== undefined) {
                            if (typeof data3.short !== "string") {
                                const err11 = { instancePath: instancePath + "/globalOptions/" + i1 + "/short", schemaPath: "#/definitions/CliHelpOption/properties/short/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                        if (data3.value !== undefined) {
                            if (typeof data3.value !== "string") {
                                const err12 = { instancePath: instancePath + "/globalOptions/" + i1 + "/value", schemaPath: "#/definitions/CliHelpOption/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                        }
                        if (data3.takesValue !== undefined) {
                            if (typeof data3.takesValue !== "boolean") {
                                const err13 = { instancePath: instancePath + "/globalOptions/" + i1 + "/takesValue", schemaPath: "#/definitions/CliHelpOption/properties/takesValue/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        if (data3.repeatable !== undefined) {
                            if (typeof data3.repeatable !== "boolean") {
                                const err14 = { instancePath: instancePath + "/globalOptions/" + i1 + "/repeatable", schemaPath: "#/definitions/CliHelpOption/properties/repeatable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                        if (data3.description !== undefined) {
                            if (typeof data3.description !== "string") {
                                const err15 = { instancePath: instancePath + "/globalOptions/" + i1 + "/description", schemaPath: "#/definitions/CliHelpOption/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err16 = { instancePath: instancePath + "/globalOptions/" + i1, schemaPath: "#/definitions/CliHelpOption/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/globalOptions", schemaPath: "#/properties/globalOptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
    }
    else {
        const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err18];
        }
        else {
            vErrors.push(err18);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./.build/generated/validators/cli-version.js

const validateCliVersion = (/* unused pure expression or super */ null && (cli_version_validate10));
const cli_version_schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/cli-version.schema.json", "title": "CliVersion", "description": "What `flows --version --json` prints on standard output: which flows-action this is, and the runtime the command runs on (Bun when one is found, else Node).", "type": "object", "required": ["name", "version", "runtime"], "additionalProperties": false, "properties": { "name": { "description": "The package the `flows` command comes from.", "type": "string", "const": "flows-action" }, "version": { "description": "Its version, from its package.json; null when that file could not be found.", "type": ["string", "null"] }, "runtime": { "description": "What runs the command (steps always run on Bun).", "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "type": "string", "enum": ["bun", "node"] }, "version": { "description": "The runtime's version, without a leading v (1.2.3, 22.11.0).", "type": "string" } } } } };
function cli_version_validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.version === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.runtime === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runtime" }, message: "must have required property '" + "runtime" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((key0 === "name") || (key0 === "version")) || (key0 === "runtime"))) {
                const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data0 = data.name;
            if (typeof data0 !== "string") {
                const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if ("flows-action" !== data0) {
                const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/const", keyword: "const", params: { allowedValue: "flows-action" }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data1 = data.version;
            if ((typeof data1 !== "string") && (data1 !== null)) {
                const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: cli_version_schema11.properties.version.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.runtime !== undefined) {
            let data2 = data.runtime;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2.name === undefined) {
                    const err7 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (data2.version === undefined) {
                    const err8 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                for (const key1 in data2) {
                    if (!((key1 === "name") || (key1 === "version"))) {
                        const err9 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
                if (data2.name !== undefined) {
                    let data3 = data2.name;
                    if (typeof data3 !== "string") {
                        const err10 = { instancePath: instancePath + "/runtime/name", schemaPath: "#/properties/runtime/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    if (!((data3 === "bun") || (data3 === "node"))) {
                        const err11 = { instancePath: instancePath + "/runtime/name", schemaPath: "#/properties/runtime/properties/name/enum", keyword: "enum", params: { allowedValues: cli_version_schema11.properties.runtime.properties.name.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                if (data2.version !== undefined) {
                    if (typeof data2.version !== "string") {
                        const err12 = { instancePath: instancePath + "/runtime/version", schemaPath: "#/properties/runtime/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
    }
    else {
        const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err14];
        }
        else {
            vErrors.push(err14);
        }
        errors++;
    }
    cli_version_validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./.build/generated/validators/daemon-request.js

const validateDaemonRequest = daemon_request_validate10;
const daemon_request_schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/daemon-request.schema.json", "title": "DaemonRequest", "description": "One line a client sends to `flows daemon` over its socket: a command to run (`flows fire` or `flows run`, from the launcher), a signal for the command running, or a question for the daemon itself (`flows daemon status`, `flows daemon stop`).", "oneOf": [{ "type": "object", "required": ["kind", "argv", "cwd", "env", "umask", "stdout", "stderr"], "additionalProperties": false, "properties": { "kind": { "const": "run" }, "argv": { "description": "The command line after `flows`, whose first word is the command: fire or run (the launcher sends no other; the daemon refuses any other).", "type": "array", "minItems": 1, "maxItems": 10000, "items": { "type": "string", "maxLength": 1048576 } }, "cwd": { "description": "The client's current folder: the command runs there.", "type": "string", "minLength": 1, "maxLength": 65536 }, "env": { "description": "The client's environment: the command and its steps see it, not the daemon's.", "type": "object", "maxProperties": 100000, "additionalProperties": { "type": "string" } }, "umask": { "description": "The client's umask: files the command writes get its permissions.", "type": "integer", "minimum": 0, "maximum": 511 }, "stdout": { "description": "Whether the client's standard output is a terminal.", "type": "boolean" }, "stderr": { "description": "Whether the client's standard error is a terminal.", "type": "boolean" } } }, { "type": "object", "required": ["kind", "signal"], "additionalProperties": false, "properties": { "kind": { "const": "signal" }, "signal": { "description": "A signal the client received, for the command it asked for.", "type": "string", "enum": ["SIGINT", "SIGTERM", "SIGHUP"] } } }, { "type": "object", "required": ["kind"], "additionalProperties": false, "properties": { "kind": { "description": "status: what the daemon is and has done; stop: end it.", "type": "string", "enum": ["status", "stop"] } } }] };
function daemon_request_validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    let passing0 = null;
    const _errs1 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.kind === undefined) {
            const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.argv === undefined) {
            const err1 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "argv" }, message: "must have required property '" + "argv" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.cwd === undefined) {
            const err2 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "cwd" }, message: "must have required property '" + "cwd" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.env === undefined) {
            const err3 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property '" + "env" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.umask === undefined) {
            const err4 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "umask" }, message: "must have required property '" + "umask" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.stdout === undefined) {
            const err5 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "stdout" }, message: "must have required property '" + "stdout" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.stderr === undefined) {
            const err6 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "stderr" }, message: "must have required property '" + "stderr" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((((((key0 === "kind") || (key0 === "argv")) || (key0 === "cwd")) || (key0 === "env")) || (key0 === "umask")) || (key0 === "stdout")) || (key0 === "stderr"))) {
                const err7 = { instancePath, schemaPath: "#/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.kind !== undefined) {
            if ("run" !== data.kind) {
                const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/0/properties/kind/const", keyword: "const", params: { allowedValue: "run" }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.argv !== undefined) {
            let data1 = data.argv;
            if (Array.isArray(data1)) {
                if (data1.length > 10000) {
                    const err9 = { instancePath: instancePath + "/argv", schemaPath: "#/oneOf/0/properties/argv/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                if (data1.length < 1) {
                    const err10 = { instancePath: instancePath + "/argv", schemaPath: "#/oneOf/0/properties/argv/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    if (typeof data2 === "string") {
                        if (data2.length > 1048576) {
                            const err11 = { instancePath: instancePath + "/argv/" + i0, schemaPath: "#/oneOf/0/properties/argv/items/maxLength", keyword: "maxLength", params: { limit: 1048576 }, message: "must NOT have more than 1048576 characters" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err12 = { instancePath: instancePath + "/argv/" + i0, schemaPath: "#/oneOf/0/properties/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/argv", schemaPath: "#/oneOf/0/properties/argv/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.cwd !== undefined) {
            let data3 = data.cwd;
            if (typeof data3 === "string") {
                if (data3.length > 65536) {
                    const err14 = { instancePath: instancePath + "/cwd", schemaPath: "#/oneOf/0/properties/cwd/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                if (data3.length < 1) {
                    const err15 = { instancePath: instancePath + "/cwd", schemaPath: "#/oneOf/0/properties/cwd/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
            }
            else {
                const err16 = { instancePath: instancePath + "/cwd", schemaPath: "#/oneOf/0/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.env !== undefined) {
            let data4 = data.env;
            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                if (Object.keys(data4).length > 100000) {
                    const err17 = { instancePath: instancePath + "/env", schemaPath: "#/oneOf/0/properties/env/maxProperties", keyword: "maxProperties", params: { limit: 100000 }, message: "must NOT have more than 100000 properties" };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
                for (const key1 in data4) {
                    if (typeof data4[key1] !== "string") {
                        const err18 = { instancePath: instancePath + "/env/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/oneOf/0/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err19 = { instancePath: instancePath + "/env", schemaPath: "#/oneOf/0/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.umask !== undefined) {
            let data6 = data.umask;
            if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
                const err20 = { instancePath: instancePath + "/umask", schemaPath: "#/oneOf/0/properties/umask/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if ((typeof data6 == "number") && (isFinite(data6))) {
                if (data6 > 511 || isNaN(data6)) {
                    const err21 = { instancePath: instancePath + "/umask", schemaPath: "#/oneOf/0/properties/umask/maximum", keyword: "maximum", params: { comparison: "<=", limit: 511 }, message: "must be <= 511" };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
                if (data6 < 0 || isNaN(data6)) {
                    const err22 = { instancePath: instancePath + "/umask", schemaPath: "#/oneOf/0/properties/umask/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
        }
        if (data.stdout !== undefined) {
            if (typeof data.stdout !== "boolean") {
                const err23 = { instancePath: instancePath + "/stdout", schemaPath: "#/oneOf/0/properties/stdout/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.stderr !== undefined) {
            if (typeof data.stderr !== "boolean") {
                const err24 = { instancePath: instancePath + "/stderr", schemaPath: "#/oneOf/0/properties/stderr/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
    }
    else {
        const err25 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err25];
        }
        else {
            vErrors.push(err25);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    if (_valid0) {
        valid0 = true;
        passing0 = 0;
    }
    const _errs22 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.kind === undefined) {
            const err26 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
        if (data.signal === undefined) {
            const err27 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property '" + "signal" + "'" };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
        for (const key2 in data) {
            if (!((key2 === "kind") || (key2 === "signal"))) {
                const err28 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        if (data.kind !== undefined) {
            if ("signal" !== data.kind) {
                const err29 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/1/properties/kind/const", keyword: "const", params: { allowedValue: "signal" }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.signal !== undefined) {
            let data10 = data.signal;
            if (typeof data10 !== "string") {
                const err30 = { instancePath: instancePath + "/signal", schemaPath: "#/oneOf/1/properties/signal/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            if (!(((data10 === "SIGINT") || (data10 === "SIGTERM")) || (data10 === "SIGHUP"))) {
                const err31 = { instancePath: instancePath + "/signal", schemaPath: "#/oneOf/1/properties/signal/enum", keyword: "enum", params: { allowedValues: daemon_request_schema11.oneOf[1].properties.signal.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
    }
    else {
        const err32 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err32];
        }
        else {
            vErrors.push(err32);
        }
        errors++;
    }
    var _valid0 = _errs22 === errors;
    if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 1];
    }
    else {
        if (_valid0) {
            valid0 = true;
            passing0 = 1;
        }
        const _errs28 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.kind === undefined) {
                const err33 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
            for (const key3 in data) {
                if (!(key3 === "kind")) {
                    const err34 = { instancePath, schemaPath: "#/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
            if (data.kind !== undefined) {
                let data11 = data.kind;
                if (typeof data11 !== "string") {
                    const err35 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/2/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
                if (!((data11 === "status") || (data11 === "stop"))) {
                    const err36 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/2/properties/kind/enum", keyword: "enum", params: { allowedValues: daemon_request_schema11.oneOf[2].properties.kind.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
        }
        else {
            const err37 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
        var _valid0 = _errs28 === errors;
        if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 2];
        }
        else {
            if (_valid0) {
                valid0 = true;
                passing0 = 2;
            }
        }
    }
    if (!valid0) {
        const err38 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
            vErrors = [err38];
        }
        else {
            vErrors.push(err38);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    daemon_request_validate10.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./.build/generated/validators/event-record.js
var event_record = __webpack_require__(74582);
;// CONCATENATED MODULE: ./.build/generated/validators/flow-diagnostic.js


// EXTERNAL MODULE: ./.build/generated/validators/flow-event.js
var flow_event = __webpack_require__(98305);
// EXTERNAL MODULE: ./.build/generated/validators/flow-result.js
var flow_result = __webpack_require__(6264);
;// CONCATENATED MODULE: ./.build/generated/validators/flow-run-view.js


// EXTERNAL MODULE: ./.build/generated/validators/flow.js
var flow = __webpack_require__(90616);
// EXTERNAL MODULE: ./.build/generated/validators/github-answers.js
var github_answers = __webpack_require__(30917);
// EXTERNAL MODULE: ./.build/generated/validators/handled-runs.js
var handled_runs = __webpack_require__(2627);
// EXTERNAL MODULE: ./.build/generated/validators/handled-steps.js
var handled_steps = __webpack_require__(99142);
// EXTERNAL MODULE: ./.build/generated/validators/handover.js
var handover = __webpack_require__(75587);
// EXTERNAL MODULE: ./.build/generated/validators/job-steps.js
var job_steps = __webpack_require__(86519);
// EXTERNAL MODULE: ./.build/generated/validators/runs-file.js
var runs_file = __webpack_require__(14085);
// EXTERNAL MODULE: ./.build/generated/validators/state-index-shard.js
var state_index_shard = __webpack_require__(8095);
// EXTERNAL MODULE: ./.build/generated/validators/watch-cursor.js
var watch_cursor = __webpack_require__(99280);
;// CONCATENATED MODULE: ./.build/generated/validators.js






















// EXTERNAL MODULE: ./.build/flows/manifest-paths.js
var manifest_paths = __webpack_require__(68206);
// EXTERNAL MODULE: ./.build/flows/schemas.js + 5 modules
var schemas = __webpack_require__(2259);
;// CONCATENATED MODULE: ./.build/cli/daemon-server.js






const MAX_LINE_BYTES = 16 * 1024 * 1024;
async function serveDaemon(options) {
    const startedAt = new Date().toISOString();
    const builtAs = buildSignature(options.build);
    const home = process.cwd();
    let served = 0;
    let running;
    let current;
    let stopping = false;
    let idleTimer;
    let socketId;
    const connections = new Set();
    let stopped;
    const done = new Promise((resolve) => {
        stopped = resolve;
    });
    const server = (0,external_node_net_.createServer)((socket) => {
        connections.add(socket);
        socket.on("close", () => connections.delete(socket));
        socket.on("error", () => { });
        handle(socket);
    });
    const stop = (why) => {
        if (stopping)
            return;
        stopping = true;
        options.log(`stopping: ${why}`);
        if (idleTimer)
            clearTimeout(idleTimer);
        const own = () => socketId !== undefined && fileId(options.socket) === socketId;
        if (own())
            server.close();
        void (running ?? Promise.resolve()).then(() => {
            if (own())
                (0,external_node_fs_.rmSync)(options.socket, { force: true });
            for (const socket of connections)
                socket.destroy();
            stopped();
        });
    };
    const idleAgain = () => {
        if (idleTimer)
            clearTimeout(idleTimer);
        idleTimer = setTimeout(() => stop(`idle for ${options.idleMinutes} minutes`), options.idleMinutes * 60_000);
        idleTimer.unref?.();
    };
    function handle(socket) {
        let buffered = [];
        let size = 0;
        let signals;
        const send = (reply) => {
            if (!socket.destroyed)
                socket.write(`${JSON.stringify(reply)}\n`);
        };
        const onLine = (line) => {
            let request;
            try {
                request = JSON.parse(line);
            }
            catch {
                request = undefined;
            }
            if (!validateDaemonRequest(request) || (request.kind === "run" && request.argv[0] !== "fire" && request.argv[0] !== "run")) {
                send({ error: "not a request of the flows launcher" });
                socket.end();
                return;
            }
            if (request.kind === "signal") {
                signals?.emit(request.signal);
                return;
            }
            if (request.kind === "status") {
                send({ status: { pid: process.pid, socket: options.socket, startedAt, served, busy: running !== undefined, idleMinutes: options.idleMinutes } });
                socket.end();
                return;
            }
            if (request.kind === "stop") {
                send({ stopping: true });
                socket.end();
                stop("asked to (flows daemon stop)");
                return;
            }
            if (request.kind !== "run")
                return;
            if (stopping || running !== undefined) {
                send({ refused: stopping ? "stopping" : "busy" });
                socket.end();
                return;
            }
            if (buildSignature(options.build) !== builtAs) {
                send({ refused: "stale" });
                socket.end();
                stop("its build changed since it started");
                return;
            }
            signals = new external_node_events_.EventEmitter();
            current = signals;
            if (idleTimer)
                clearTimeout(idleTimer);
            running = runFor(request, socket, signals, send).then((ran) => {
                running = undefined;
                current = undefined;
                if (ran)
                    served += 1;
                if (!stopping)
                    idleAgain();
            });
        };
        socket.on("data", (chunk) => {
            let from = 0;
            for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, from)) {
                buffered.push(chunk.subarray(from, at));
                const line = Buffer.concat(buffered).toString("utf8");
                buffered = [];
                size = 0;
                from = at + 1;
                onLine(line);
            }
            if (from < chunk.length) {
                buffered.push(chunk.subarray(from));
                size += chunk.length - from;
                if (size > MAX_LINE_BYTES) {
                    send({ error: `a request longer than ${MAX_LINE_BYTES} bytes` });
                    socket.destroy();
                }
            }
        });
        socket.on("close", () => signals?.emit("SIGHUP"));
    }
    async function runFor(request, socket, signals, send) {
        try {
            process.chdir(request.cwd);
        }
        catch {
            send({ refused: "folder" });
            socket.end();
            return false;
        }
        replaceEnvironment(request.env);
        (0,schemas.forgetSharedSchemaRegistry)({ keepSelfContained: true });
        (0,manifest_paths/* forgetRepositories */.Uv)();
        const umask = process.umask(request.umask);
        send({ accepted: true });
        let ended = false;
        const exit = (code) => {
            if (ended)
                return;
            ended = true;
            send({ exit: code });
            socket.end();
        };
        try {
            exit(await options.run(request.argv, {
                env: process.env,
                out: (text) => send({ out: text }),
                err: (text) => send({ err: text }),
                signals,
                exit,
                terminals: { stdout: request.stdout, stderr: request.stderr },
            }));
        }
        catch (error) {
            options.log(`a command failed unanswered: ${error instanceof Error ? error.message : String(error)}`);
            send({ err: "flows: the flows daemon could not run the command; run it again with FLOWS_DAEMON=off.\n" });
            exit(1);
        }
        finally {
            process.umask(umask);
            process.chdir(home);
        }
        return true;
    }
    for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
        process.on(signal, () => {
            current?.emit(signal);
            stop(`received ${signal}`);
        });
    }
    await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.socket, () => {
            server.off("error", reject);
            resolve();
        });
    });
    options.log(`listening on ${options.socket} (pid ${process.pid})`);
    idleAgain();
    socketId = fileId(options.socket);
    const watch = setInterval(() => {
        if (fileId(options.socket) !== socketId)
            stop("its socket was removed or replaced");
    }, SOCKET_CHECK_MS);
    watch.unref?.();
    void done.then(() => clearInterval(watch));
    return done;
}
const SOCKET_CHECK_MS = 2000;
function fileId(path) {
    try {
        const info = (0,external_node_fs_.statSync)(path, { bigint: true });
        return `${info.dev}:${info.ino}:${info.ctimeNs}`;
    }
    catch {
        return "gone";
    }
}
function replaceEnvironment(env) {
    for (const name of Object.keys(process.env))
        if (!Object.hasOwn(env, name))
            delete process.env[name];
    Object.assign(process.env, env);
}
function buildSignature(files) {
    return files.map(fileId).join(" ");
}


/***/ }),

/***/ 33451:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ validateBackendDispatchResult)
/* harmony export */ });

const validateBackendDispatchResult = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-dispatch-result.schema.json", "title": "BackendDispatchAnswer", "description": "What an HTTP flow backend answers to POST /events (after unwrapping {result: ...} / {data: ...}). `status` is the answer and required. Read leniently: a missing eventId, runIds, matched or event is taken from the event sent and the runs returned, and an eventId, matched or idempotent of another type is ignored. `event` is checked as a FlowEvent and each run as a BackendRun when the answer is read.", "type": "object", "required": ["status"], "properties": { "status": { "type": "string", "enum": ["accepted", "duplicate"] }, "eventId": { "description": "Used when a non-empty string; else the event's id.", "tsType": "unknown" }, "runIds": { "description": "At most 1,000 runs for one event: more is not a dispatch the action can wait for or report.", "type": ["array", "null"], "maxItems": 1000, "items": { "type": "string", "minLength": 1 } }, "matched": { "description": "Used when a whole number; else the number of run ids.", "tsType": "unknown" }, "idempotent": { "description": "Used when true or false; a duplicate is idempotent otherwise.", "tsType": "unknown" }, "event": { "description": "A FlowEvent (flow-event.schema.json), or the event sent when missing.", "tsType": "unknown" }, "runs": { "description": "A list of BackendRun (backend-run.schema.json) in any wrapper the run list reader takes.", "tsType": "unknown" } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.status === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.status !== undefined) {
            let data0 = data.status;
            if (typeof data0 !== "string") {
                const err1 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (!((data0 === "accepted") || (data0 === "duplicate"))) {
                const err2 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.runIds !== undefined) {
            let data1 = data.runIds;
            if ((!(Array.isArray(data1))) && (data1 !== null)) {
                const err3 = { instancePath: instancePath + "/runIds", schemaPath: "#/properties/runIds/type", keyword: "type", params: { type: schema11.properties.runIds.type }, message: "must be array,null" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (Array.isArray(data1)) {
                if (data1.length > 1000) {
                    const err4 = { instancePath: instancePath + "/runIds", schemaPath: "#/properties/runIds/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    if (typeof data2 === "string") {
                        if (data2.length < 1) {
                            const err5 = { instancePath: instancePath + "/runIds/" + i0, schemaPath: "#/properties/runIds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err6 = { instancePath: instancePath + "/runIds/" + i0, schemaPath: "#/properties/runIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
            }
        }
    }
    else {
        const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}


/***/ }),

/***/ 46801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ validateBackendError)
/* harmony export */ });

const validateBackendError = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-error.schema.json", "title": "BackendErrorAnswer", "description": "The explanation an HTTP flow backend gives with an answer that is not 2xx: {\"error\": \"...\"}, {\"error\": {\"message\": \"...\"}} or {\"message\": \"...\"}, in that order of precedence. Any other body (plain text, an HTML page, other JSON) is quoted as text. Quoted redacted, on one line, cut to 300 characters.", "type": "object", "anyOf": [{ "required": ["error"], "properties": { "error": { "type": "string" } } }, { "required": ["error"], "properties": { "error": { "type": "object", "required": ["message"], "properties": { "message": { "type": "string" } } } } }, { "required": ["message"], "properties": { "message": { "type": "string" } } }] };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (!(data && typeof data == "object" && !Array.isArray(data))) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    const _errs1 = errors;
    let valid0 = false;
    const _errs2 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.error === undefined) {
            const err1 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property '" + "error" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.error !== undefined) {
            if (typeof data.error !== "string") {
                const err2 = { instancePath: instancePath + "/error", schemaPath: "#/anyOf/0/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs5 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.error === undefined) {
                const err3 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property '" + "error" + "'" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (data.error !== undefined) {
                let data1 = data.error;
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    if (data1.message === undefined) {
                        const err4 = { instancePath: instancePath + "/error", schemaPath: "#/anyOf/1/properties/error/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                    if (data1.message !== undefined) {
                        if (typeof data1.message !== "string") {
                            const err5 = { instancePath: instancePath + "/error/message", schemaPath: "#/anyOf/1/properties/error/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err6 = { instancePath: instancePath + "/error", schemaPath: "#/anyOf/1/properties/error/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
        }
        var _valid0 = _errs5 === errors;
        valid0 = valid0 || _valid0;
        if (!valid0) {
            const _errs10 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
                if (data.message === undefined) {
                    const err7 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (data.message !== undefined) {
                    if (typeof data.message !== "string") {
                        const err8 = { instancePath: instancePath + "/message", schemaPath: "#/anyOf/2/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
            }
            var _valid0 = _errs10 === errors;
            valid0 = valid0 || _valid0;
        }
    }
    if (!valid0) {
        const err9 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    }
    else {
        errors = _errs1;
        if (vErrors !== null) {
            if (_errs1) {
                vErrors.length = _errs1;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate10.errors = vErrors;
    return errors === 0;
}


/***/ }),

/***/ 41590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* reexport safe */ _shared_js__WEBPACK_IMPORTED_MODULE_0__.ke)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38713);



/***/ }),

/***/ 2627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* reexport safe */ _shared_js__WEBPACK_IMPORTED_MODULE_0__.rP)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38713);



/***/ }),

/***/ 99142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* reexport safe */ _shared_js__WEBPACK_IMPORTED_MODULE_0__.U6)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38713);



/***/ }),

/***/ 75587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* reexport safe */ _shared_js__WEBPACK_IMPORTED_MODULE_0__.Ed)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38713);



/***/ }),

/***/ 86519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ validateJobSteps)
/* harmony export */ });

const validateJobSteps = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/job-steps.schema.json", "title": "JobSteps", "description": "The reusable workflow's plan job → report job (the job-steps output and input): for each run-step job, by its matrix index (strategy.job-index), the run ids of the steps the plan gave it. The report job uses from a job's runs file only the runs of those steps. Ids only, so the runner never drops it as holding a secret.", "type": "array", "maxItems": 256, "items": { "type": "array", "items": { "type": "string", "pattern": "^run_[0-9a-f]{12}$" } } };
const pattern0 = new RegExp("^run_[0-9a-f]{12}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        if (data.length > 256) {
            const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            if (Array.isArray(data0)) {
                const len1 = data0.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data1 = data0[i1];
                    if (typeof data1 === "string") {
                        if (!pattern0.test(data1)) {
                            const err1 = { instancePath: instancePath + "/" + i0 + "/" + i1, schemaPath: "#/items/items/pattern", keyword: "pattern", params: { pattern: "^run_[0-9a-f]{12}$" }, message: "must match pattern \"" + "^run_[0-9a-f]{12}$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err1];
                            }
                            else {
                                vErrors.push(err1);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err2 = { instancePath: instancePath + "/" + i0 + "/" + i1, schemaPath: "#/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
    }
    else {
        const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}


/***/ }),

/***/ 14085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* reexport safe */ _shared_js__WEBPACK_IMPORTED_MODULE_0__.t1)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38713);



/***/ })

};
