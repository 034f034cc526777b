export const id = 8095;
export const ids = [8095];
export const modules = {

/***/ 8095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ validateStateIndexEntry),
/* harmony export */   y: () => (/* binding */ validateStateIndexShard)
/* harmony export */ });

const validateStateIndexShard = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/state-index-shard.schema.json", "title": "StateIndexShard", "description": "One shard of the state branch's index (index/<2 hex>.json, src/state/branch-index.ts): what `flows runs` and `flows show` need of each record under events/<2 hex>/, keyed by the record's hash. Stored input anyone with push access can edit: a shard that fails this check covers nothing (its records are read whole), and an entry that fails StateIndexEntry, or whose key is not a record hash, is left out alone (its record is read whole). Every field is bounded.", "type": "object", "required": ["formatVersion", "records"], "additionalProperties": false, "properties": { "formatVersion": { "const": 1, "description": "INDEX_FORMAT_VERSION (1)." }, "records": { "type": "object", "description": "Record hash (the sha256 of its event id, the name of events/<2 hex>/<hash>.json) → its entry. At most 65,536 a shard: 16.7 million records over the 256 shards.", "maxProperties": 65536, "propertyNames": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "additionalProperties": { "$ref": "#/definitions/StateIndexEntry" } } }, "definitions": { "StateIndexEntry": { "title": "StateIndexEntry", "description": "One record's entry: the blob it describes, its event id, whether its event is internal, and its runs. It counts only while the record at the tip is that blob.", "type": "object", "required": ["oid", "event", "runs"], "additionalProperties": false, "properties": { "oid": { "type": "string", "description": "The git blob id of the record this entry describes (sha1, or sha256 in a sha256 repository).", "pattern": "^([0-9a-f]{40}|[0-9a-f]{64})$" }, "event": { "type": "string", "maxLength": 8192 }, "internal": { "const": true, "description": "The event's type starts with the internal prefix (src/state/query.ts)." }, "runs": { "type": "array", "maxItems": 10000, "items": { "description": "A run as the index holds it: [id, updatedAt, effectiveStatus, needsAttention (1 or 0)].", "type": "array", "minItems": 4, "maxItems": 4, "additionalItems": false, "items": [{ "type": "string", "maxLength": 1024 }, { "type": "string", "maxLength": 64 }, { "type": "string", "maxLength": 64 }, { "enum": [0, 1] }] } } } } } };
const schema12 = { "title": "StateIndexEntry", "description": "One record's entry: the blob it describes, its event id, whether its event is internal, and its runs. It counts only while the record at the tip is that blob.", "type": "object", "required": ["oid", "event", "runs"], "additionalProperties": false, "properties": { "oid": { "type": "string", "description": "The git blob id of the record this entry describes (sha1, or sha256 in a sha256 repository).", "pattern": "^([0-9a-f]{40}|[0-9a-f]{64})$" }, "event": { "type": "string", "maxLength": 8192 }, "internal": { "const": true, "description": "The event's type starts with the internal prefix (src/state/query.ts)." }, "runs": { "type": "array", "maxItems": 10000, "items": { "description": "A run as the index holds it: [id, updatedAt, effectiveStatus, needsAttention (1 or 0)].", "type": "array", "minItems": 4, "maxItems": 4, "additionalItems": false, "items": [{ "type": "string", "maxLength": 1024 }, { "type": "string", "maxLength": 64 }, { "type": "string", "maxLength": 64 }, { "enum": [0, 1] }] } } } };
const pattern0 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern1 = new RegExp("^([0-9a-f]{40}|[0-9a-f]{64})$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.formatVersion === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property '" + "formatVersion" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.records === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "records" }, message: "must have required property '" + "records" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "formatVersion") || (key0 === "records"))) {
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
        if (data.formatVersion !== undefined) {
            if (1 !== data.formatVersion) {
                const err3 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.records !== undefined) {
            let data1 = data.records;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (Object.keys(data1).length > 65536) {
                    const err4 = { instancePath: instancePath + "/records", schemaPath: "#/properties/records/maxProperties", keyword: "maxProperties", params: { limit: 65536 }, message: "must NOT have more than 65536 properties" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                for (const key1 in data1) {
                    const _errs5 = errors;
                    if (typeof key1 === "string") {
                        if (!pattern0.test(key1)) {
                            const err5 = { instancePath: instancePath + "/records", schemaPath: "#/properties/records/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", propertyName: key1 };
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
                        const err6 = { instancePath: instancePath + "/records", schemaPath: "#/properties/records/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    var valid1 = _errs5 === errors;
                    if (!valid1) {
                        const err7 = { instancePath: instancePath + "/records", schemaPath: "#/properties/records/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                for (const key2 in data1) {
                    let data2 = data1[key2];
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        if (data2.oid === undefined) {
                            const err8 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/StateIndexEntry/required", keyword: "required", params: { missingProperty: "oid" }, message: "must have required property '" + "oid" + "'" };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                        if (data2.event === undefined) {
                            const err9 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/StateIndexEntry/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property '" + "event" + "'" };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                        if (data2.runs === undefined) {
                            const err10 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/StateIndexEntry/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property '" + "runs" + "'" };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                        for (const key3 in data2) {
                            if (!((((key3 === "oid") || (key3 === "event")) || (key3 === "internal")) || (key3 === "runs"))) {
                                const err11 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/StateIndexEntry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                        if (data2.oid !== undefined) {
                            let data3 = data2.oid;
                            if (typeof data3 === "string") {
                                if (!pattern1.test(data3)) {
                                    const err12 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/oid", schemaPath: "#/definitions/StateIndexEntry/properties/oid/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: "must match pattern \"" + "^([0-9a-f]{40}|[0-9a-f]{64})$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err12];
                                    }
                                    else {
                                        vErrors.push(err12);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err13 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/oid", schemaPath: "#/definitions/StateIndexEntry/properties/oid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        if (data2.event !== undefined) {
                            let data4 = data2.event;
                            if (typeof data4 === "string") {
                                if (data4.length > 8192) {
                                    const err14 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/event", schemaPath: "#/definitions/StateIndexEntry/properties/event/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err14];
                                    }
                                    else {
                                        vErrors.push(err14);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err15 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/event", schemaPath: "#/definitions/StateIndexEntry/properties/event/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                        if (data2.internal !== undefined) {
                            if (true !== data2.internal) {
                                const err16 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/internal", schemaPath: "#/definitions/StateIndexEntry/properties/internal/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        if (data2.runs !== undefined) {
                            let data6 = data2.runs;
                            if (Array.isArray(data6)) {
                                if (data6.length > 10000) {
                                    const err17 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/runs", schemaPath: "#/definitions/StateIndexEntry/properties/runs/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items" };
                                    if (vErrors === null) {
                                        vErrors = [err17];
                                    }
                                    else {
                                        vErrors.push(err17);
                                    }
                                    errors++;
                                }
                                const len0 = data6.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data7 = data6[i0];
                                    if (Array.isArray(data7)) {
                                        if (data7.length > 4) {
                                            const err18 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/runs/" + i0, schemaPath: "#/definitions/StateIndexEntry/properties/runs/items/maxItems", keyword: "maxItems", params: { limit: 4 }, message: "must NOT have more than 4 items" };
                                            if (vErrors === null) {
                                                vErrors = [err18];
                                            }
                                            else {
                                                vErrors.push(err18);
                                            }
                                            errors++;
                                        }
                                        if (data7.length < 4) {
                                            const err19 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/runs/" + i0, schemaPath: "#/definitions/StateIndexEntry/properties/runs/items/minItems", keyword: "minItems", params: { limit: 4 }, message: "must NOT have fewer than 4 items" };
                                            if (vErrors === null) {
                                                vErrors = [err19];
                                            }
                                            else {
                                                vErrors.push(err19);
                                            }
                                            errors++;
                                        }
                                        const len1 = data7.length;
                                        if (!(len1 <= 4)) {
                                            const err20 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/runs/" + i0, schemaPath: "#/definitions/StateIndexEntry/properties/runs/items/additionalItems", keyword: "additionalItems", params: { limit: 4 }, message: "must NOT have more than 4 items" };
                                            if (vErrors === null) {
                                                vErrors = [err20];
                                            }
                                            else {
                                                vErrors.push(err20);
                                            }
                                            errors++;
                                        }
                                        const len2 = data7.length;
                                        if (len2 > 0) {
                                            let data8 = data7[0];
                                            if (typeof data8 === "string") {
                                                if (data8.length > 1024) {
                                                    const err21 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/runs/" + i0 + "/0", schemaPath: "#/definitions/StateIndexEntry/properties/runs/items/items/0/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                                                    if (vErrors === null) {
                                                        vErrors = [err21];
                                                    }
                                                    else {
                                                        vErrors.push(err21);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err22 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/runs/" + i0 + "/0", schemaPath: "#/definitions/StateIndexEntry/properties/runs/items/items/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err22];
                                                }
                                                else {
                                                    vErrors.push(err22);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (len2 > 1) {
                                            let data9 = data7[1];
                                            if (typeof data9 === "string") {
                                                if (data9.length > 64) {
                                                    const err23 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/runs/" + i0 + "/1", schemaPath: "#/definitions/StateIndexEntry/properties/runs/items/items/1/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                                                    if (vErrors === null) {
                                                        vErrors = [err23];
                                                    }
                                                    else {
                                                        vErrors.push(err23);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err24 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/runs/" + i0 + "/1", schemaPath: "#/definitions/StateIndexEntry/properties/runs/items/items/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err24];
                                                }
                                                else {
                                                    vErrors.push(err24);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (len2 > 2) {
                                            let data10 = data7[2];
                                            if (typeof data10 === "string") {
                                                if (data10.length > 64) {
                                                    const err25 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/runs/" + i0 + "/2", schemaPath: "#/definitions/StateIndexEntry/properties/runs/items/items/2/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                                                    if (vErrors === null) {
                                                        vErrors = [err25];
                                                    }
                                                    else {
                                                        vErrors.push(err25);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err26 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/runs/" + i0 + "/2", schemaPath: "#/definitions/StateIndexEntry/properties/runs/items/items/2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err26];
                                                }
                                                else {
                                                    vErrors.push(err26);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (len2 > 3) {
                                            let data11 = data7[3];
                                            if (!((data11 === 0) || (data11 === 1))) {
                                                const err27 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/runs/" + i0 + "/3", schemaPath: "#/definitions/StateIndexEntry/properties/runs/items/items/3/enum", keyword: "enum", params: { allowedValues: schema12.properties.runs.items.items[3].enum }, message: "must be equal to one of the allowed values" };
                                                if (vErrors === null) {
                                                    vErrors = [err27];
                                                }
                                                else {
                                                    vErrors.push(err27);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err28 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/runs/" + i0, schemaPath: "#/definitions/StateIndexEntry/properties/runs/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                            vErrors = [err28];
                                        }
                                        else {
                                            vErrors.push(err28);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err29 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/runs", schemaPath: "#/definitions/StateIndexEntry/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err30 = { instancePath: instancePath + "/records/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/StateIndexEntry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err31 = { instancePath: instancePath + "/records", schemaPath: "#/properties/records/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
        const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err32];
        }
        else {
            vErrors.push(err32);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}
const validateStateIndexEntry = validate11;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.oid === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oid" }, message: "must have required property '" + "oid" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.event === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property '" + "event" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.runs === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property '" + "runs" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((key0 === "oid") || (key0 === "event")) || (key0 === "internal")) || (key0 === "runs"))) {
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
        if (data.oid !== undefined) {
            let data0 = data.oid;
            if (typeof data0 === "string") {
                if (!pattern1.test(data0)) {
                    const err4 = { instancePath: instancePath + "/oid", schemaPath: "#/properties/oid/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: "must match pattern \"" + "^([0-9a-f]{40}|[0-9a-f]{64})$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/oid", schemaPath: "#/properties/oid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.event !== undefined) {
            let data1 = data.event;
            if (typeof data1 === "string") {
                if (data1.length > 8192) {
                    const err6 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            else {
                const err7 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.internal !== undefined) {
            if (true !== data.internal) {
                const err8 = { instancePath: instancePath + "/internal", schemaPath: "#/properties/internal/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.runs !== undefined) {
            let data3 = data.runs;
            if (Array.isArray(data3)) {
                if (data3.length > 10000) {
                    const err9 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    if (Array.isArray(data4)) {
                        if (data4.length > 4) {
                            const err10 = { instancePath: instancePath + "/runs/" + i0, schemaPath: "#/properties/runs/items/maxItems", keyword: "maxItems", params: { limit: 4 }, message: "must NOT have more than 4 items" };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                        if (data4.length < 4) {
                            const err11 = { instancePath: instancePath + "/runs/" + i0, schemaPath: "#/properties/runs/items/minItems", keyword: "minItems", params: { limit: 4 }, message: "must NOT have fewer than 4 items" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        const len1 = data4.length;
                        if (!(len1 <= 4)) {
                            const err12 = { instancePath: instancePath + "/runs/" + i0, schemaPath: "#/properties/runs/items/additionalItems", keyword: "additionalItems", params: { limit: 4 }, message: "must NOT have more than 4 items" };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                        const len2 = data4.length;
                        if (len2 > 0) {
                            let data5 = data4[0];
                            if (typeof data5 === "string") {
                                if (data5.length > 1024) {
                                    const err13 = { instancePath: instancePath + "/runs/" + i0 + "/0", schemaPath: "#/properties/runs/items/items/0/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err13];
                                    }
                                    else {
                                        vErrors.push(err13);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err14 = { instancePath: instancePath + "/runs/" + i0 + "/0", schemaPath: "#/properties/runs/items/items/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                        if (len2 > 1) {
                            let data6 = data4[1];
                            if (typeof data6 === "string") {
                                if (data6.length > 64) {
                                    const err15 = { instancePath: instancePath + "/runs/" + i0 + "/1", schemaPath: "#/properties/runs/items/items/1/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
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
                                const err16 = { instancePath: instancePath + "/runs/" + i0 + "/1", schemaPath: "#/properties/runs/items/items/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        if (len2 > 2) {
                            let data7 = data4[2];
                            if (typeof data7 === "string") {
                                if (data7.length > 64) {
                                    const err17 = { instancePath: instancePath + "/runs/" + i0 + "/2", schemaPath: "#/properties/runs/items/items/2/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err17];
                                    }
                                    else {
                                        vErrors.push(err17);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err18 = { instancePath: instancePath + "/runs/" + i0 + "/2", schemaPath: "#/properties/runs/items/items/2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        if (len2 > 3) {
                            let data8 = data4[3];
                            if (!((data8 === 0) || (data8 === 1))) {
                                const err19 = { instancePath: instancePath + "/runs/" + i0 + "/3", schemaPath: "#/properties/runs/items/items/3/enum", keyword: "enum", params: { allowedValues: schema12.properties.runs.items.items[3].enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err20 = { instancePath: instancePath + "/runs/" + i0, schemaPath: "#/properties/runs/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err21 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
    }
    else {
        const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err22];
        }
        else {
            vErrors.push(err22);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}


/***/ })

};
