export const id = 7051;
export const ids = [7051,4951];
export const modules = {

/***/ 24951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(23430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 23430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 7051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24951);

const ajvEqual = typeof ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_0__ === "function" ? ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_0__ : ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_0__["default"];
"use strict";
const validate = validate0;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate0);
const schema0 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "http://json-schema.org/draft-07/schema#", "title": "Core schema meta-schema", "definitions": { "schemaArray": { "type": "array", "minItems": 1, "items": { "$ref": "#" } }, "nonNegativeInteger": { "type": "integer", "minimum": 0 }, "nonNegativeIntegerDefault0": { "allOf": [{ "$ref": "#/definitions/nonNegativeInteger" }, { "default": 0 }] }, "simpleTypes": { "enum": ["array", "boolean", "integer", "null", "number", "object", "string"] }, "stringArray": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "default": [] } }, "type": ["object", "boolean"], "properties": { "$id": { "type": "string", "format": "uri-reference" }, "$schema": { "type": "string", "format": "uri" }, "$ref": { "type": "string", "format": "uri-reference" }, "$comment": { "type": "string" }, "title": { "type": "string" }, "description": { "type": "string" }, "default": true, "readOnly": { "type": "boolean", "default": false }, "examples": { "type": "array", "items": true }, "multipleOf": { "type": "number", "exclusiveMinimum": 0 }, "maximum": { "type": "number" }, "exclusiveMaximum": { "type": "number" }, "minimum": { "type": "number" }, "exclusiveMinimum": { "type": "number" }, "maxLength": { "$ref": "#/definitions/nonNegativeInteger" }, "minLength": { "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "pattern": { "type": "string", "format": "regex" }, "additionalItems": { "$ref": "#" }, "items": { "anyOf": [{ "$ref": "#" }, { "$ref": "#/definitions/schemaArray" }], "default": true }, "maxItems": { "$ref": "#/definitions/nonNegativeInteger" }, "minItems": { "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "uniqueItems": { "type": "boolean", "default": false }, "contains": { "$ref": "#" }, "maxProperties": { "$ref": "#/definitions/nonNegativeInteger" }, "minProperties": { "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "required": { "$ref": "#/definitions/stringArray" }, "additionalProperties": { "$ref": "#" }, "definitions": { "type": "object", "additionalProperties": { "$ref": "#" }, "default": {} }, "properties": { "type": "object", "additionalProperties": { "$ref": "#" }, "default": {} }, "patternProperties": { "type": "object", "additionalProperties": { "$ref": "#" }, "propertyNames": { "format": "regex" }, "default": {} }, "dependencies": { "type": "object", "additionalProperties": { "anyOf": [{ "$ref": "#" }, { "$ref": "#/definitions/stringArray" }] } }, "propertyNames": { "$ref": "#" }, "const": true, "enum": { "type": "array", "items": true, "minItems": 1, "uniqueItems": true }, "type": { "anyOf": [{ "$ref": "#/definitions/simpleTypes" }, { "type": "array", "items": { "$ref": "#/definitions/simpleTypes" }, "minItems": 1, "uniqueItems": true }] }, "format": { "type": "string" }, "contentMediaType": { "type": "string" }, "contentEncoding": { "type": "string" }, "if": { "$ref": "#" }, "then": { "$ref": "#" }, "else": { "$ref": "#" }, "allOf": { "$ref": "#/definitions/schemaArray" }, "anyOf": { "$ref": "#/definitions/schemaArray" }, "oneOf": { "$ref": "#/definitions/schemaArray" }, "not": { "$ref": "#" } }, "default": true };
const schema1 = { "type": "integer", "minimum": 0 };
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!((typeof data == "number") && (!(data % 1) && !isNaN(data)))) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (typeof data == "number") {
        if (data < 0 || isNaN(data)) {
            const err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    validate1.errors = vErrors;
    return errors === 0;
}
const schema2 = { "allOf": [{ "$ref": "#/definitions/nonNegativeInteger" }, { "default": 0 }] };
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!(validate1(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        if (vErrors === null) {
            vErrors = validate1.errors;
        }
        else {
            for (const calledError of validate1.errors) {
                vErrors.push(calledError);
            }
        }
        errors = vErrors.length;
    }
    validate3.errors = vErrors;
    return errors === 0;
}
const schema3 = { "type": "array", "minItems": 1, "items": { "$ref": "#" } };
const root0 = { validate: validate0 };
function validate6(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        if (data.length < 1) {
            const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
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
            if (!(root0.validate(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                if (vErrors === null) {
                    vErrors = root0.validate.errors;
                }
                else {
                    for (const calledError of root0.validate.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate6.errors = vErrors;
    return errors === 0;
}
const schema4 = { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "default": [] };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (typeof data[i0] !== "string") {
                const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        let i1 = data.length;
        let j0;
        if (i1 > 1) {
            const indices0 = {};
            for (; i1--;) {
                let item0 = data[i1];
                if (typeof item0 !== "string") {
                    continue;
                }
                if (typeof indices0[item0] == "number") {
                    j0 = indices0[item0];
                    const err1 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                    break;
                }
                indices0[item0] = i1;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate12.errors = vErrors;
    return errors === 0;
}
const schema5 = { "enum": ["array", "boolean", "integer", "null", "number", "object", "string"] };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!(((((((data === "array") || (data === "boolean")) || (data === "integer")) || (data === "null")) || (data === "number")) || (data === "object")) || (data === "string"))) {
        const err0 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema5.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate15.errors = vErrors;
    return errors === 0;
}
const func0 = ajvEqual;
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema0.type }, message: "must be object,boolean" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.$id !== undefined) {
            if (!(typeof data.$id === "string")) {
                const err1 = { instancePath: instancePath + "/$id", schemaPath: "#/properties/%24id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            if (!(typeof data.$schema === "string")) {
                const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.$ref !== undefined) {
            if (!(typeof data.$ref === "string")) {
                const err3 = { instancePath: instancePath + "/$ref", schemaPath: "#/properties/%24ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.$comment !== undefined) {
            if (typeof data.$comment !== "string") {
                const err4 = { instancePath: instancePath + "/$comment", schemaPath: "#/properties/%24comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.title !== undefined) {
            if (typeof data.title !== "string") {
                const err5 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            if (typeof data.description !== "string") {
                const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.readOnly !== undefined) {
            if (typeof data.readOnly !== "boolean") {
                const err7 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.examples !== undefined) {
            if (!(Array.isArray(data.examples))) {
                const err8 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.multipleOf !== undefined) {
            let data8 = data.multipleOf;
            if (typeof data8 == "number") {
                if (data8 <= 0 || isNaN(data8)) {
                    const err9 = { instancePath: instancePath + "/multipleOf", schemaPath: "#/properties/multipleOf/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/multipleOf", schemaPath: "#/properties/multipleOf/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.maximum !== undefined) {
            if (!(typeof data.maximum == "number")) {
                const err11 = { instancePath: instancePath + "/maximum", schemaPath: "#/properties/maximum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.exclusiveMaximum !== undefined) {
            if (!(typeof data.exclusiveMaximum == "number")) {
                const err12 = { instancePath: instancePath + "/exclusiveMaximum", schemaPath: "#/properties/exclusiveMaximum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.minimum !== undefined) {
            if (!(typeof data.minimum == "number")) {
                const err13 = { instancePath: instancePath + "/minimum", schemaPath: "#/properties/minimum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.exclusiveMinimum !== undefined) {
            if (!(typeof data.exclusiveMinimum == "number")) {
                const err14 = { instancePath: instancePath + "/exclusiveMinimum", schemaPath: "#/properties/exclusiveMinimum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.maxLength !== undefined) {
            if (!(validate1(data.maxLength, { instancePath: instancePath + "/maxLength", parentData: data, parentDataProperty: "maxLength", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate1.errors;
                }
                else {
                    for (const calledError of validate1.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.minLength !== undefined) {
            if (!(validate3(data.minLength, { instancePath: instancePath + "/minLength", parentData: data, parentDataProperty: "minLength", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate3.errors;
                }
                else {
                    for (const calledError of validate3.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.pattern !== undefined) {
            if (!(typeof data.pattern === "string")) {
                const err15 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.additionalItems !== undefined) {
            if (!(validate0(data.additionalItems, { instancePath: instancePath + "/additionalItems", parentData: data, parentDataProperty: "additionalItems", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate0.errors;
                }
                else {
                    for (const calledError of validate0.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.items !== undefined) {
            let data17 = data.items;
            const _errs33 = errors;
            let valid1 = false;
            const _errs34 = errors;
            if (!(validate0(data17, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate0.errors;
                }
                else {
                    for (const calledError of validate0.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
            var _valid0 = _errs34 === errors;
            valid1 = valid1 || _valid0;
            if (!valid1) {
                const _errs35 = errors;
                if (!(validate6(data17, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }))) {
                    if (vErrors === null) {
                        vErrors = validate6.errors;
                    }
                    else {
                        for (const calledError of validate6.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                var _valid0 = _errs35 === errors;
                valid1 = valid1 || _valid0;
            }
            if (!valid1) {
                const err16 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            else {
                errors = _errs33;
                if (vErrors !== null) {
                    if (_errs33) {
                        vErrors.length = _errs33;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.maxItems !== undefined) {
            if (!(validate1(data.maxItems, { instancePath: instancePath + "/maxItems", parentData: data, parentDataProperty: "maxItems", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate1.errors;
                }
                else {
                    for (const calledError of validate1.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.minItems !== undefined) {
            if (!(validate3(data.minItems, { instancePath: instancePath + "/minItems", parentData: data, parentDataProperty: "minItems", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate3.errors;
                }
                else {
                    for (const calledError of validate3.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.uniqueItems !== undefined) {
            if (typeof data.uniqueItems !== "boolean") {
                const err17 = { instancePath: instancePath + "/uniqueItems", schemaPath: "#/properties/uniqueItems/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.contains !== undefined) {
            if (!(validate0(data.contains, { instancePath: instancePath + "/contains", parentData: data, parentDataProperty: "contains", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate0.errors;
                }
                else {
                    for (const calledError of validate0.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.maxProperties !== undefined) {
            if (!(validate1(data.maxProperties, { instancePath: instancePath + "/maxProperties", parentData: data, parentDataProperty: "maxProperties", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate1.errors;
                }
                else {
                    for (const calledError of validate1.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.minProperties !== undefined) {
            if (!(validate3(data.minProperties, { instancePath: instancePath + "/minProperties", parentData: data, parentDataProperty: "minProperties", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate3.errors;
                }
                else {
                    for (const calledError of validate3.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.required !== undefined) {
            if (!(validate12(data.required, { instancePath: instancePath + "/required", parentData: data, parentDataProperty: "required", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate12.errors;
                }
                else {
                    for (const calledError of validate12.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.additionalProperties !== undefined) {
            if (!(validate0(data.additionalProperties, { instancePath: instancePath + "/additionalProperties", parentData: data, parentDataProperty: "additionalProperties", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate0.errors;
                }
                else {
                    for (const calledError of validate0.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.definitions !== undefined) {
            let data26 = data.definitions;
            if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                for (const key0 in data26) {
                    if (!(validate0(data26[key0], { instancePath: instancePath + "/definitions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data26, parentDataProperty: key0, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate0.errors;
                        }
                        else {
                            for (const calledError of validate0.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err18 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.properties !== undefined) {
            let data28 = data.properties;
            if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                for (const key1 in data28) {
                    if (!(validate0(data28[key1], { instancePath: instancePath + "/properties/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data28, parentDataProperty: key1, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate0.errors;
                        }
                        else {
                            for (const calledError of validate0.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err19 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.patternProperties !== undefined) {
            let data30 = data.patternProperties;
            if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                for (const key2 in data30) {
                    const _errs55 = errors;
                    var valid4 = _errs55 === errors;
                    if (!valid4) {
                        const err20 = { instancePath: instancePath + "/patternProperties", schemaPath: "#/properties/patternProperties/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                for (const key3 in data30) {
                    if (!(validate0(data30[key3], { instancePath: instancePath + "/patternProperties/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data30, parentDataProperty: key3, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate0.errors;
                        }
                        else {
                            for (const calledError of validate0.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err21 = { instancePath: instancePath + "/patternProperties", schemaPath: "#/properties/patternProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.dependencies !== undefined) {
            let data32 = data.dependencies;
            if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                for (const key4 in data32) {
                    let data33 = data32[key4];
                    const _errs62 = errors;
                    let valid7 = false;
                    const _errs63 = errors;
                    if (!(validate0(data33, { instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data32, parentDataProperty: key4, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate0.errors;
                        }
                        else {
                            for (const calledError of validate0.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                    var _valid1 = _errs63 === errors;
                    valid7 = valid7 || _valid1;
                    if (!valid7) {
                        const _errs64 = errors;
                        if (!(validate12(data33, { instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data32, parentDataProperty: key4, rootData }))) {
                            if (vErrors === null) {
                                vErrors = validate12.errors;
                            }
                            else {
                                for (const calledError of validate12.errors) {
                                    vErrors.push(calledError);
                                }
                            }
                            errors = vErrors.length;
                        }
                        var _valid1 = _errs64 === errors;
                        valid7 = valid7 || _valid1;
                    }
                    if (!valid7) {
                        const err22 = { instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs62;
                        if (vErrors !== null) {
                            if (_errs62) {
                                vErrors.length = _errs62;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
            }
            else {
                const err23 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.propertyNames !== undefined) {
            if (!(validate0(data.propertyNames, { instancePath: instancePath + "/propertyNames", parentData: data, parentDataProperty: "propertyNames", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate0.errors;
                }
                else {
                    for (const calledError of validate0.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.enum !== undefined) {
            let data35 = data.enum;
            if (Array.isArray(data35)) {
                if (data35.length < 1) {
                    const err24 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
                let i0 = data35.length;
                let j0;
                if (i0 > 1) {
                    outer0: for (; i0--;) {
                        for (j0 = i0; j0--;) {
                            if (func0(data35[i0], data35[j0])) {
                                const err25 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/uniqueItems", keyword: "uniqueItems", params: { i: i0, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i0 + " are identical)" };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                                break outer0;
                            }
                        }
                    }
                }
            }
            else {
                const err26 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
        if (data.type !== undefined) {
            let data36 = data.type;
            const _errs69 = errors;
            let valid9 = false;
            const _errs70 = errors;
            if (!(validate15(data36, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate15.errors;
                }
                else {
                    for (const calledError of validate15.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
            var _valid2 = _errs70 === errors;
            valid9 = valid9 || _valid2;
            if (!valid9) {
                const _errs71 = errors;
                if (Array.isArray(data36)) {
                    if (data36.length < 1) {
                        const err27 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                    const len0 = data36.length;
                    for (let i1 = 0; i1 < len0; i1++) {
                        if (!(validate15(data36[i1], { instancePath: instancePath + "/type/" + i1, parentData: data36, parentDataProperty: i1, rootData }))) {
                            if (vErrors === null) {
                                vErrors = validate15.errors;
                            }
                            else {
                                for (const calledError of validate15.errors) {
                                    vErrors.push(calledError);
                                }
                            }
                            errors = vErrors.length;
                        }
                    }
                    let i2 = data36.length;
                    let j1;
                    if (i2 > 1) {
                        outer1: for (; i2--;) {
                            for (j1 = i2; j1--;) {
                                if (func0(data36[i2], data36[j1])) {
                                    const err28 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i2 + " are identical)" };
                                    if (vErrors === null) {
                                        vErrors = [err28];
                                    }
                                    else {
                                        vErrors.push(err28);
                                    }
                                    errors++;
                                    break outer1;
                                }
                            }
                        }
                    }
                }
                else {
                    const err29 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
                var _valid2 = _errs71 === errors;
                valid9 = valid9 || _valid2;
            }
            if (!valid9) {
                const err30 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            else {
                errors = _errs69;
                if (vErrors !== null) {
                    if (_errs69) {
                        vErrors.length = _errs69;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.format !== undefined) {
            if (typeof data.format !== "string") {
                const err31 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        if (data.contentMediaType !== undefined) {
            if (typeof data.contentMediaType !== "string") {
                const err32 = { instancePath: instancePath + "/contentMediaType", schemaPath: "#/properties/contentMediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.contentEncoding !== undefined) {
            if (typeof data.contentEncoding !== "string") {
                const err33 = { instancePath: instancePath + "/contentEncoding", schemaPath: "#/properties/contentEncoding/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        if (data.if !== undefined) {
            if (!(validate0(data.if, { instancePath: instancePath + "/if", parentData: data, parentDataProperty: "if", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate0.errors;
                }
                else {
                    for (const calledError of validate0.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.then !== undefined) {
            if (!(validate0(data.then, { instancePath: instancePath + "/then", parentData: data, parentDataProperty: "then", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate0.errors;
                }
                else {
                    for (const calledError of validate0.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.else !== undefined) {
            if (!(validate0(data.else, { instancePath: instancePath + "/else", parentData: data, parentDataProperty: "else", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate0.errors;
                }
                else {
                    for (const calledError of validate0.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.allOf !== undefined) {
            if (!(validate6(data.allOf, { instancePath: instancePath + "/allOf", parentData: data, parentDataProperty: "allOf", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate6.errors;
                }
                else {
                    for (const calledError of validate6.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.anyOf !== undefined) {
            if (!(validate6(data.anyOf, { instancePath: instancePath + "/anyOf", parentData: data, parentDataProperty: "anyOf", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate6.errors;
                }
                else {
                    for (const calledError of validate6.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.oneOf !== undefined) {
            if (!(validate6(data.oneOf, { instancePath: instancePath + "/oneOf", parentData: data, parentDataProperty: "oneOf", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate6.errors;
                }
                else {
                    for (const calledError of validate6.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.not !== undefined) {
            if (!(validate0(data.not, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate0.errors;
                }
                else {
                    for (const calledError of validate0.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
    }
    validate0.errors = vErrors;
    return errors === 0;
}


/***/ })

};
