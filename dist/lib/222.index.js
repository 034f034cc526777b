export const id = 222;
export const ids = [222,4951];
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

/***/ 70222:
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
const schema0 = { "$schema": "https://json-schema.org/draft/2019-09/schema", "$id": "https://json-schema.org/draft/2019-09/schema", "$vocabulary": { "https://json-schema.org/draft/2019-09/vocab/core": true, "https://json-schema.org/draft/2019-09/vocab/applicator": true, "https://json-schema.org/draft/2019-09/vocab/validation": true, "https://json-schema.org/draft/2019-09/vocab/meta-data": true, "https://json-schema.org/draft/2019-09/vocab/format": false, "https://json-schema.org/draft/2019-09/vocab/content": true }, "$recursiveAnchor": true, "title": "Core and Validation specifications meta-schema", "allOf": [{ "$ref": "meta/core" }, { "$ref": "meta/applicator" }, { "$ref": "meta/validation" }, { "$ref": "meta/meta-data" }, { "$ref": "meta/format" }, { "$ref": "meta/content" }], "type": ["object", "boolean"], "properties": { "definitions": { "$comment": "While no longer an official keyword as it is replaced by $defs, this keyword is retained in the meta-schema to prevent incompatible extensions as it remains in common use.", "type": "object", "additionalProperties": { "$recursiveRef": "#" }, "default": {} }, "dependencies": { "$comment": "\"dependencies\" is no longer a keyword, but schema authors should avoid redefining it to facilitate a smooth transition to \"dependentSchemas\" and \"dependentRequired\"", "type": "object", "additionalProperties": { "anyOf": [{ "$recursiveRef": "#" }, { "$ref": "meta/validation#/$defs/stringArray" }] } } } };
const schema1 = { "$schema": "https://json-schema.org/draft/2019-09/schema", "$id": "https://json-schema.org/draft/2019-09/meta/core", "$vocabulary": { "https://json-schema.org/draft/2019-09/vocab/core": true }, "$recursiveAnchor": true, "title": "Core vocabulary meta-schema", "type": ["object", "boolean"], "properties": { "$id": { "type": "string", "format": "uri-reference", "$comment": "Non-empty fragments not allowed.", "pattern": "^[^#]*#?$" }, "$schema": { "type": "string", "format": "uri" }, "$anchor": { "type": "string", "pattern": "^[A-Za-z][-A-Za-z0-9.:_]*$" }, "$ref": { "type": "string", "format": "uri-reference" }, "$recursiveRef": { "type": "string", "format": "uri-reference" }, "$recursiveAnchor": { "type": "boolean", "default": false }, "$vocabulary": { "type": "object", "propertyNames": { "type": "string", "format": "uri" }, "additionalProperties": { "type": "boolean" } }, "$comment": { "type": "string" }, "$defs": { "type": "object", "additionalProperties": { "$recursiveRef": "#" }, "default": {} } } };
const pattern0 = new RegExp("^[^#]*#?$", "u");
const pattern1 = new RegExp("^[A-Za-z][-A-Za-z0-9.:_]*$", "u");
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate1.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema1.type }, message: "must be object,boolean" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!dynamicAnchors[""]) {
        dynamicAnchors[""] = validate1;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.$id !== undefined) {
            let data0 = data.$id;
            if (typeof data0 === "string") {
                if (!pattern0.test(data0)) {
                    const err1 = { instancePath: instancePath + "/$id", schemaPath: "#/properties/%24id/pattern", keyword: "pattern", params: { pattern: "^[^#]*#?$" }, message: "must match pattern \"" + "^[^#]*#?$" + "\"" };
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
                const err2 = { instancePath: instancePath + "/$id", schemaPath: "#/properties/%24id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            if (!(typeof data.$schema === "string")) {
                const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.$anchor !== undefined) {
            let data2 = data.$anchor;
            if (typeof data2 === "string") {
                if (!pattern1.test(data2)) {
                    const err4 = { instancePath: instancePath + "/$anchor", schemaPath: "#/properties/%24anchor/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][-A-Za-z0-9.:_]*$" }, message: "must match pattern \"" + "^[A-Za-z][-A-Za-z0-9.:_]*$" + "\"" };
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
                const err5 = { instancePath: instancePath + "/$anchor", schemaPath: "#/properties/%24anchor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.$ref !== undefined) {
            if (!(typeof data.$ref === "string")) {
                const err6 = { instancePath: instancePath + "/$ref", schemaPath: "#/properties/%24ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.$recursiveRef !== undefined) {
            if (!(typeof data.$recursiveRef === "string")) {
                const err7 = { instancePath: instancePath + "/$recursiveRef", schemaPath: "#/properties/%24recursiveRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.$recursiveAnchor !== undefined) {
            if (typeof data.$recursiveAnchor !== "boolean") {
                const err8 = { instancePath: instancePath + "/$recursiveAnchor", schemaPath: "#/properties/%24recursiveAnchor/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.$vocabulary !== undefined) {
            let data6 = data.$vocabulary;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                for (const key0 in data6) {
                    const _errs16 = errors;
                    if (!(typeof key0 === "string")) {
                        const err9 = { instancePath: instancePath + "/$vocabulary", schemaPath: "#/properties/%24vocabulary/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key0 };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                    var valid1 = _errs16 === errors;
                    if (!valid1) {
                        const err10 = { instancePath: instancePath + "/$vocabulary", schemaPath: "#/properties/%24vocabulary/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                for (const key1 in data6) {
                    if (typeof data6[key1] !== "boolean") {
                        const err11 = { instancePath: instancePath + "/$vocabulary/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/%24vocabulary/additionalProperties/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err12 = { instancePath: instancePath + "/$vocabulary", schemaPath: "#/properties/%24vocabulary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.$comment !== undefined) {
            if (typeof data.$comment !== "string") {
                const err13 = { instancePath: instancePath + "/$comment", schemaPath: "#/properties/%24comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.$defs !== undefined) {
            let data9 = data.$defs;
            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                for (const key2 in data9) {
                    let data10 = data9[key2];
                    let _v0 = dynamicAnchors[""];
                    if (_v0) {
                        if (!(_v0(data10, { instancePath: instancePath + "/$defs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data9, parentDataProperty: key2, rootData, dynamicAnchors }))) {
                            if (vErrors === null) {
                                vErrors = _v0.errors;
                            }
                            else {
                                for (const calledError of _v0.errors) {
                                    vErrors.push(calledError);
                                }
                            }
                            errors = vErrors.length;
                        }
                        else {
                            var props0 = _v0.evaluated.props;
                            var items0 = _v0.evaluated.items;
                        }
                    }
                    else {
                        if (!(validate1(data10, { instancePath: instancePath + "/$defs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data9, parentDataProperty: key2, rootData, dynamicAnchors }))) {
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
                        else {
                            var props1 = validate1.evaluated.props;
                            if (props0 !== true && props1 !== undefined) {
                                if (props1 === true) {
                                    props0 = true;
                                }
                                else {
                                    props0 = props0 || {};
                                    Object.assign(props0, props1);
                                }
                            }
                            var items1 = validate1.evaluated.items;
                            if (items0 !== true && items1 !== undefined) {
                                items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
                            }
                        }
                    }
                }
            }
            else {
                const err14 = { instancePath: instancePath + "/$defs", schemaPath: "#/properties/%24defs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
    }
    validate1.errors = vErrors;
    return errors === 0;
}
validate1.evaluated = { "props": { "$id": true, "$schema": true, "$anchor": true, "$ref": true, "$recursiveRef": true, "$recursiveAnchor": true, "$vocabulary": true, "$comment": true, "$defs": true }, "dynamicProps": false, "dynamicItems": false };
const schema2 = { "$schema": "https://json-schema.org/draft/2019-09/schema", "$id": "https://json-schema.org/draft/2019-09/meta/applicator", "$vocabulary": { "https://json-schema.org/draft/2019-09/vocab/applicator": true }, "$recursiveAnchor": true, "title": "Applicator vocabulary meta-schema", "type": ["object", "boolean"], "properties": { "additionalItems": { "$recursiveRef": "#" }, "unevaluatedItems": { "$recursiveRef": "#" }, "items": { "anyOf": [{ "$recursiveRef": "#" }, { "$ref": "#/$defs/schemaArray" }] }, "contains": { "$recursiveRef": "#" }, "additionalProperties": { "$recursiveRef": "#" }, "unevaluatedProperties": { "$recursiveRef": "#" }, "properties": { "type": "object", "additionalProperties": { "$recursiveRef": "#" }, "default": {} }, "patternProperties": { "type": "object", "additionalProperties": { "$recursiveRef": "#" }, "propertyNames": { "format": "regex" }, "default": {} }, "dependentSchemas": { "type": "object", "additionalProperties": { "$recursiveRef": "#" } }, "propertyNames": { "$recursiveRef": "#" }, "if": { "$recursiveRef": "#" }, "then": { "$recursiveRef": "#" }, "else": { "$recursiveRef": "#" }, "allOf": { "$ref": "#/$defs/schemaArray" }, "anyOf": { "$ref": "#/$defs/schemaArray" }, "oneOf": { "$ref": "#/$defs/schemaArray" }, "not": { "$recursiveRef": "#" } }, "$defs": { "schemaArray": { "type": "array", "minItems": 1, "items": { "$recursiveRef": "#" } } } };
const schema3 = { "type": "array", "minItems": 1, "items": { "$recursiveRef": "#" } };
function validate4(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate4.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
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
            let data0 = data[i0];
            let _v0 = dynamicAnchors[""];
            if (_v0) {
                if (!(_v0(data0, { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = _v0.errors;
                    }
                    else {
                        for (const calledError of _v0.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props0 = _v0.evaluated.props;
                    var items0 = _v0.evaluated.items;
                }
            }
            else {
                if (!(validate4(data0, { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = validate4.errors;
                    }
                    else {
                        for (const calledError of validate4.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props1 = validate4.evaluated.props;
                    if (props0 !== true && props1 !== undefined) {
                        if (props1 === true) {
                            props0 = true;
                        }
                        else {
                            props0 = props0 || {};
                            Object.assign(props0, props1);
                        }
                    }
                    var items1 = validate4.evaluated.items;
                    if (items0 !== true && items1 !== undefined) {
                        items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
                    }
                }
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
    validate4.errors = vErrors;
    return errors === 0;
}
validate4.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate3.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema2.type }, message: "must be object,boolean" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!dynamicAnchors[""]) {
        dynamicAnchors[""] = validate3;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.additionalItems !== undefined) {
            let data0 = data.additionalItems;
            let _v0 = dynamicAnchors[""];
            if (_v0) {
                if (!(_v0(data0, { instancePath: instancePath + "/additionalItems", parentData: data, parentDataProperty: "additionalItems", rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = _v0.errors;
                    }
                    else {
                        for (const calledError of _v0.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props0 = _v0.evaluated.props;
                    var items0 = _v0.evaluated.items;
                }
            }
            else {
                if (!(validate3(data0, { instancePath: instancePath + "/additionalItems", parentData: data, parentDataProperty: "additionalItems", rootData, dynamicAnchors }))) {
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
                else {
                    var props1 = validate3.evaluated.props;
                    if (props0 !== true && props1 !== undefined) {
                        if (props1 === true) {
                            props0 = true;
                        }
                        else {
                            props0 = props0 || {};
                            Object.assign(props0, props1);
                        }
                    }
                    var items1 = validate3.evaluated.items;
                    if (items0 !== true && items1 !== undefined) {
                        items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
                    }
                }
            }
        }
        if (data.unevaluatedItems !== undefined) {
            let data1 = data.unevaluatedItems;
            let _v1 = dynamicAnchors[""];
            if (_v1) {
                if (!(_v1(data1, { instancePath: instancePath + "/unevaluatedItems", parentData: data, parentDataProperty: "unevaluatedItems", rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = _v1.errors;
                    }
                    else {
                        for (const calledError of _v1.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props2 = _v1.evaluated.props;
                    var items2 = _v1.evaluated.items;
                }
            }
            else {
                if (!(validate3(data1, { instancePath: instancePath + "/unevaluatedItems", parentData: data, parentDataProperty: "unevaluatedItems", rootData, dynamicAnchors }))) {
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
                else {
                    var props3 = validate3.evaluated.props;
                    if (props2 !== true && props3 !== undefined) {
                        if (props3 === true) {
                            props2 = true;
                        }
                        else {
                            props2 = props2 || {};
                            Object.assign(props2, props3);
                        }
                    }
                    var items3 = validate3.evaluated.items;
                    if (items2 !== true && items3 !== undefined) {
                        items2 = items3 === true ? true : items2 > items3 ? items2 : items3;
                    }
                }
            }
        }
        if (data.items !== undefined) {
            let data2 = data.items;
            const _errs4 = errors;
            let valid1 = false;
            const _errs5 = errors;
            let _v2 = dynamicAnchors[""];
            if (_v2) {
                if (!(_v2(data2, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = _v2.errors;
                    }
                    else {
                        for (const calledError of _v2.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props4 = _v2.evaluated.props;
                    var items4 = _v2.evaluated.items;
                }
            }
            else {
                if (!(validate3(data2, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData, dynamicAnchors }))) {
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
                else {
                    var props5 = validate3.evaluated.props;
                    if (props4 !== true && props5 !== undefined) {
                        if (props5 === true) {
                            props4 = true;
                        }
                        else {
                            props4 = props4 || {};
                            Object.assign(props4, props5);
                        }
                    }
                    var items5 = validate3.evaluated.items;
                    if (items4 !== true && items5 !== undefined) {
                        items4 = items5 === true ? true : items4 > items5 ? items4 : items5;
                    }
                }
            }
            var _valid0 = _errs5 === errors;
            valid1 = valid1 || _valid0;
            const _errs6 = errors;
            if (!(validate4(data2, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData, dynamicAnchors }))) {
                if (vErrors === null) {
                    vErrors = validate4.errors;
                }
                else {
                    for (const calledError of validate4.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
            var _valid0 = _errs6 === errors;
            valid1 = valid1 || _valid0;
            if (_valid0) {
                if (items4 !== true) {
                    items4 = true;
                }
            }
            if (!valid1) {
                const err1 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            else {
                errors = _errs4;
                if (vErrors !== null) {
                    if (_errs4) {
                        vErrors.length = _errs4;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.contains !== undefined) {
            let data3 = data.contains;
            let _v3 = dynamicAnchors[""];
            if (_v3) {
                if (!(_v3(data3, { instancePath: instancePath + "/contains", parentData: data, parentDataProperty: "contains", rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = _v3.errors;
                    }
                    else {
                        for (const calledError of _v3.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props6 = _v3.evaluated.props;
                    var items6 = _v3.evaluated.items;
                }
            }
            else {
                if (!(validate3(data3, { instancePath: instancePath + "/contains", parentData: data, parentDataProperty: "contains", rootData, dynamicAnchors }))) {
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
                else {
                    var props7 = validate3.evaluated.props;
                    if (props6 !== true && props7 !== undefined) {
                        if (props7 === true) {
                            props6 = true;
                        }
                        else {
                            props6 = props6 || {};
                            Object.assign(props6, props7);
                        }
                    }
                    var items7 = validate3.evaluated.items;
                    if (items6 !== true && items7 !== undefined) {
                        items6 = items7 === true ? true : items6 > items7 ? items6 : items7;
                    }
                }
            }
        }
        if (data.additionalProperties !== undefined) {
            let data4 = data.additionalProperties;
            let _v4 = dynamicAnchors[""];
            if (_v4) {
                if (!(_v4(data4, { instancePath: instancePath + "/additionalProperties", parentData: data, parentDataProperty: "additionalProperties", rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = _v4.errors;
                    }
                    else {
                        for (const calledError of _v4.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props8 = _v4.evaluated.props;
                    var items8 = _v4.evaluated.items;
                }
            }
            else {
                if (!(validate3(data4, { instancePath: instancePath + "/additionalProperties", parentData: data, parentDataProperty: "additionalProperties", rootData, dynamicAnchors }))) {
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
                else {
                    var props9 = validate3.evaluated.props;
                    if (props8 !== true && props9 !== undefined) {
                        if (props9 === true) {
                            props8 = true;
                        }
                        else {
                            props8 = props8 || {};
                            Object.assign(props8, props9);
                        }
                    }
                    var items9 = validate3.evaluated.items;
                    if (items8 !== true && items9 !== undefined) {
                        items8 = items9 === true ? true : items8 > items9 ? items8 : items9;
                    }
                }
            }
        }
        if (data.unevaluatedProperties !== undefined) {
            let data5 = data.unevaluatedProperties;
            let _v5 = dynamicAnchors[""];
            if (_v5) {
                if (!(_v5(data5, { instancePath: instancePath + "/unevaluatedProperties", parentData: data, parentDataProperty: "unevaluatedProperties", rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = _v5.errors;
                    }
                    else {
                        for (const calledError of _v5.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props10 = _v5.evaluated.props;
                    var items10 = _v5.evaluated.items;
                }
            }
            else {
                if (!(validate3(data5, { instancePath: instancePath + "/unevaluatedProperties", parentData: data, parentDataProperty: "unevaluatedProperties", rootData, dynamicAnchors }))) {
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
                else {
                    var props11 = validate3.evaluated.props;
                    if (props10 !== true && props11 !== undefined) {
                        if (props11 === true) {
                            props10 = true;
                        }
                        else {
                            props10 = props10 || {};
                            Object.assign(props10, props11);
                        }
                    }
                    var items11 = validate3.evaluated.items;
                    if (items10 !== true && items11 !== undefined) {
                        items10 = items11 === true ? true : items10 > items11 ? items10 : items11;
                    }
                }
            }
        }
        if (data.properties !== undefined) {
            let data6 = data.properties;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                for (const key0 in data6) {
                    let data7 = data6[key0];
                    let _v6 = dynamicAnchors[""];
                    if (_v6) {
                        if (!(_v6(data7, { instancePath: instancePath + "/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data6, parentDataProperty: key0, rootData, dynamicAnchors }))) {
                            if (vErrors === null) {
                                vErrors = _v6.errors;
                            }
                            else {
                                for (const calledError of _v6.errors) {
                                    vErrors.push(calledError);
                                }
                            }
                            errors = vErrors.length;
                        }
                        else {
                            var props12 = _v6.evaluated.props;
                            var items12 = _v6.evaluated.items;
                        }
                    }
                    else {
                        if (!(validate3(data7, { instancePath: instancePath + "/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data6, parentDataProperty: key0, rootData, dynamicAnchors }))) {
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
                        else {
                            var props13 = validate3.evaluated.props;
                            if (props12 !== true && props13 !== undefined) {
                                if (props13 === true) {
                                    props12 = true;
                                }
                                else {
                                    props12 = props12 || {};
                                    Object.assign(props12, props13);
                                }
                            }
                            var items13 = validate3.evaluated.items;
                            if (items12 !== true && items13 !== undefined) {
                                items12 = items13 === true ? true : items12 > items13 ? items12 : items13;
                            }
                        }
                    }
                }
            }
            else {
                const err2 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.patternProperties !== undefined) {
            let data8 = data.patternProperties;
            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key1 in data8) {
                    const _errs16 = errors;
                    var valid3 = _errs16 === errors;
                    if (!valid3) {
                        const err3 = { instancePath: instancePath + "/patternProperties", schemaPath: "#/properties/patternProperties/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
                for (const key2 in data8) {
                    let data9 = data8[key2];
                    let _v7 = dynamicAnchors[""];
                    if (_v7) {
                        if (!(_v7(data9, { instancePath: instancePath + "/patternProperties/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data8, parentDataProperty: key2, rootData, dynamicAnchors }))) {
                            if (vErrors === null) {
                                vErrors = _v7.errors;
                            }
                            else {
                                for (const calledError of _v7.errors) {
                                    vErrors.push(calledError);
                                }
                            }
                            errors = vErrors.length;
                        }
                        else {
                            var props14 = _v7.evaluated.props;
                            var items14 = _v7.evaluated.items;
                        }
                    }
                    else {
                        if (!(validate3(data9, { instancePath: instancePath + "/patternProperties/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data8, parentDataProperty: key2, rootData, dynamicAnchors }))) {
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
                        else {
                            var props15 = validate3.evaluated.props;
                            if (props14 !== true && props15 !== undefined) {
                                if (props15 === true) {
                                    props14 = true;
                                }
                                else {
                                    props14 = props14 || {};
                                    Object.assign(props14, props15);
                                }
                            }
                            var items15 = validate3.evaluated.items;
                            if (items14 !== true && items15 !== undefined) {
                                items14 = items15 === true ? true : items14 > items15 ? items14 : items15;
                            }
                        }
                    }
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/patternProperties", schemaPath: "#/properties/patternProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.dependentSchemas !== undefined) {
            let data10 = data.dependentSchemas;
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                for (const key3 in data10) {
                    let data11 = data10[key3];
                    let _v8 = dynamicAnchors[""];
                    if (_v8) {
                        if (!(_v8(data11, { instancePath: instancePath + "/dependentSchemas/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data10, parentDataProperty: key3, rootData, dynamicAnchors }))) {
                            if (vErrors === null) {
                                vErrors = _v8.errors;
                            }
                            else {
                                for (const calledError of _v8.errors) {
                                    vErrors.push(calledError);
                                }
                            }
                            errors = vErrors.length;
                        }
                        else {
                            var props16 = _v8.evaluated.props;
                            var items16 = _v8.evaluated.items;
                        }
                    }
                    else {
                        if (!(validate3(data11, { instancePath: instancePath + "/dependentSchemas/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data10, parentDataProperty: key3, rootData, dynamicAnchors }))) {
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
                        else {
                            var props17 = validate3.evaluated.props;
                            if (props16 !== true && props17 !== undefined) {
                                if (props17 === true) {
                                    props16 = true;
                                }
                                else {
                                    props16 = props16 || {};
                                    Object.assign(props16, props17);
                                }
                            }
                            var items17 = validate3.evaluated.items;
                            if (items16 !== true && items17 !== undefined) {
                                items16 = items17 === true ? true : items16 > items17 ? items16 : items17;
                            }
                        }
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/dependentSchemas", schemaPath: "#/properties/dependentSchemas/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.propertyNames !== undefined) {
            let data12 = data.propertyNames;
            let _v9 = dynamicAnchors[""];
            if (_v9) {
                if (!(_v9(data12, { instancePath: instancePath + "/propertyNames", parentData: data, parentDataProperty: "propertyNames", rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = _v9.errors;
                    }
                    else {
                        for (const calledError of _v9.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props18 = _v9.evaluated.props;
                    var items18 = _v9.evaluated.items;
                }
            }
            else {
                if (!(validate3(data12, { instancePath: instancePath + "/propertyNames", parentData: data, parentDataProperty: "propertyNames", rootData, dynamicAnchors }))) {
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
                else {
                    var props19 = validate3.evaluated.props;
                    if (props18 !== true && props19 !== undefined) {
                        if (props19 === true) {
                            props18 = true;
                        }
                        else {
                            props18 = props18 || {};
                            Object.assign(props18, props19);
                        }
                    }
                    var items19 = validate3.evaluated.items;
                    if (items18 !== true && items19 !== undefined) {
                        items18 = items19 === true ? true : items18 > items19 ? items18 : items19;
                    }
                }
            }
        }
        if (data.if !== undefined) {
            let data13 = data.if;
            let _v10 = dynamicAnchors[""];
            if (_v10) {
                if (!(_v10(data13, { instancePath: instancePath + "/if", parentData: data, parentDataProperty: "if", rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = _v10.errors;
                    }
                    else {
                        for (const calledError of _v10.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props20 = _v10.evaluated.props;
                    var items20 = _v10.evaluated.items;
                }
            }
            else {
                if (!(validate3(data13, { instancePath: instancePath + "/if", parentData: data, parentDataProperty: "if", rootData, dynamicAnchors }))) {
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
                else {
                    var props21 = validate3.evaluated.props;
                    if (props20 !== true && props21 !== undefined) {
                        if (props21 === true) {
                            props20 = true;
                        }
                        else {
                            props20 = props20 || {};
                            Object.assign(props20, props21);
                        }
                    }
                    var items21 = validate3.evaluated.items;
                    if (items20 !== true && items21 !== undefined) {
                        items20 = items21 === true ? true : items20 > items21 ? items20 : items21;
                    }
                }
            }
        }
        if (data.then !== undefined) {
            let data14 = data.then;
            let _v11 = dynamicAnchors[""];
            if (_v11) {
                if (!(_v11(data14, { instancePath: instancePath + "/then", parentData: data, parentDataProperty: "then", rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = _v11.errors;
                    }
                    else {
                        for (const calledError of _v11.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props22 = _v11.evaluated.props;
                    var items22 = _v11.evaluated.items;
                }
            }
            else {
                if (!(validate3(data14, { instancePath: instancePath + "/then", parentData: data, parentDataProperty: "then", rootData, dynamicAnchors }))) {
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
                else {
                    var props23 = validate3.evaluated.props;
                    if (props22 !== true && props23 !== undefined) {
                        if (props23 === true) {
                            props22 = true;
                        }
                        else {
                            props22 = props22 || {};
                            Object.assign(props22, props23);
                        }
                    }
                    var items23 = validate3.evaluated.items;
                    if (items22 !== true && items23 !== undefined) {
                        items22 = items23 === true ? true : items22 > items23 ? items22 : items23;
                    }
                }
            }
        }
        if (data.else !== undefined) {
            let data15 = data.else;
            let _v12 = dynamicAnchors[""];
            if (_v12) {
                if (!(_v12(data15, { instancePath: instancePath + "/else", parentData: data, parentDataProperty: "else", rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = _v12.errors;
                    }
                    else {
                        for (const calledError of _v12.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props24 = _v12.evaluated.props;
                    var items24 = _v12.evaluated.items;
                }
            }
            else {
                if (!(validate3(data15, { instancePath: instancePath + "/else", parentData: data, parentDataProperty: "else", rootData, dynamicAnchors }))) {
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
                else {
                    var props25 = validate3.evaluated.props;
                    if (props24 !== true && props25 !== undefined) {
                        if (props25 === true) {
                            props24 = true;
                        }
                        else {
                            props24 = props24 || {};
                            Object.assign(props24, props25);
                        }
                    }
                    var items25 = validate3.evaluated.items;
                    if (items24 !== true && items25 !== undefined) {
                        items24 = items25 === true ? true : items24 > items25 ? items24 : items25;
                    }
                }
            }
        }
        if (data.allOf !== undefined) {
            if (!(validate4(data.allOf, { instancePath: instancePath + "/allOf", parentData: data, parentDataProperty: "allOf", rootData, dynamicAnchors }))) {
                if (vErrors === null) {
                    vErrors = validate4.errors;
                }
                else {
                    for (const calledError of validate4.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.anyOf !== undefined) {
            if (!(validate4(data.anyOf, { instancePath: instancePath + "/anyOf", parentData: data, parentDataProperty: "anyOf", rootData, dynamicAnchors }))) {
                if (vErrors === null) {
                    vErrors = validate4.errors;
                }
                else {
                    for (const calledError of validate4.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.oneOf !== undefined) {
            if (!(validate4(data.oneOf, { instancePath: instancePath + "/oneOf", parentData: data, parentDataProperty: "oneOf", rootData, dynamicAnchors }))) {
                if (vErrors === null) {
                    vErrors = validate4.errors;
                }
                else {
                    for (const calledError of validate4.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.not !== undefined) {
            let data19 = data.not;
            let _v13 = dynamicAnchors[""];
            if (_v13) {
                if (!(_v13(data19, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = _v13.errors;
                    }
                    else {
                        for (const calledError of _v13.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props26 = _v13.evaluated.props;
                    var items26 = _v13.evaluated.items;
                }
            }
            else {
                if (!(validate3(data19, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData, dynamicAnchors }))) {
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
                else {
                    var props27 = validate3.evaluated.props;
                    if (props26 !== true && props27 !== undefined) {
                        if (props27 === true) {
                            props26 = true;
                        }
                        else {
                            props26 = props26 || {};
                            Object.assign(props26, props27);
                        }
                    }
                    var items27 = validate3.evaluated.items;
                    if (items26 !== true && items27 !== undefined) {
                        items26 = items27 === true ? true : items26 > items27 ? items26 : items27;
                    }
                }
            }
        }
    }
    validate3.errors = vErrors;
    return errors === 0;
}
validate3.evaluated = { "props": { "additionalItems": true, "unevaluatedItems": true, "items": true, "contains": true, "additionalProperties": true, "unevaluatedProperties": true, "properties": true, "patternProperties": true, "dependentSchemas": true, "propertyNames": true, "if": true, "then": true, "else": true, "allOf": true, "anyOf": true, "oneOf": true, "not": true }, "dynamicProps": false, "dynamicItems": false };
const schema4 = { "$schema": "https://json-schema.org/draft/2019-09/schema", "$id": "https://json-schema.org/draft/2019-09/meta/validation", "$vocabulary": { "https://json-schema.org/draft/2019-09/vocab/validation": true }, "$recursiveAnchor": true, "title": "Validation vocabulary meta-schema", "type": ["object", "boolean"], "properties": { "multipleOf": { "type": "number", "exclusiveMinimum": 0 }, "maximum": { "type": "number" }, "exclusiveMaximum": { "type": "number" }, "minimum": { "type": "number" }, "exclusiveMinimum": { "type": "number" }, "maxLength": { "$ref": "#/$defs/nonNegativeInteger" }, "minLength": { "$ref": "#/$defs/nonNegativeIntegerDefault0" }, "pattern": { "type": "string", "format": "regex" }, "maxItems": { "$ref": "#/$defs/nonNegativeInteger" }, "minItems": { "$ref": "#/$defs/nonNegativeIntegerDefault0" }, "uniqueItems": { "type": "boolean", "default": false }, "maxContains": { "$ref": "#/$defs/nonNegativeInteger" }, "minContains": { "$ref": "#/$defs/nonNegativeInteger", "default": 1 }, "maxProperties": { "$ref": "#/$defs/nonNegativeInteger" }, "minProperties": { "$ref": "#/$defs/nonNegativeIntegerDefault0" }, "required": { "$ref": "#/$defs/stringArray" }, "dependentRequired": { "type": "object", "additionalProperties": { "$ref": "#/$defs/stringArray" } }, "const": true, "enum": { "type": "array", "items": true }, "type": { "anyOf": [{ "$ref": "#/$defs/simpleTypes" }, { "type": "array", "items": { "$ref": "#/$defs/simpleTypes" }, "minItems": 1, "uniqueItems": true }] } }, "$defs": { "nonNegativeInteger": { "type": "integer", "minimum": 0 }, "nonNegativeIntegerDefault0": { "$ref": "#/$defs/nonNegativeInteger", "default": 0 }, "simpleTypes": { "enum": ["array", "boolean", "integer", "null", "number", "object", "string"] }, "stringArray": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "default": [] } } };
const schema5 = { "type": "integer", "minimum": 0 };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate11.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
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
    validate11.errors = vErrors;
    return errors === 0;
}
validate11.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate13.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
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
    validate13.errors = vErrors;
    return errors === 0;
}
validate13.evaluated = { "dynamicProps": false, "dynamicItems": false };
const schema7 = { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "default": [] };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate21.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
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
    validate21.errors = vErrors;
    return errors === 0;
}
validate21.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
const schema8 = { "enum": ["array", "boolean", "integer", "null", "number", "object", "string"] };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate24.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (!(((((((data === "array") || (data === "boolean")) || (data === "integer")) || (data === "null")) || (data === "number")) || (data === "object")) || (data === "string"))) {
        const err0 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema8.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate24.errors = vErrors;
    return errors === 0;
}
validate24.evaluated = { "dynamicProps": false, "dynamicItems": false };
const func0 = ajvEqual;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate10.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema4.type }, message: "must be object,boolean" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!dynamicAnchors[""]) {
        dynamicAnchors[""] = validate10;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.multipleOf !== undefined) {
            let data0 = data.multipleOf;
            if (typeof data0 == "number") {
                if (data0 <= 0 || isNaN(data0)) {
                    const err1 = { instancePath: instancePath + "/multipleOf", schemaPath: "#/properties/multipleOf/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
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
                const err2 = { instancePath: instancePath + "/multipleOf", schemaPath: "#/properties/multipleOf/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.maximum !== undefined) {
            if (!(typeof data.maximum == "number")) {
                const err3 = { instancePath: instancePath + "/maximum", schemaPath: "#/properties/maximum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.exclusiveMaximum !== undefined) {
            if (!(typeof data.exclusiveMaximum == "number")) {
                const err4 = { instancePath: instancePath + "/exclusiveMaximum", schemaPath: "#/properties/exclusiveMaximum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.minimum !== undefined) {
            if (!(typeof data.minimum == "number")) {
                const err5 = { instancePath: instancePath + "/minimum", schemaPath: "#/properties/minimum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.exclusiveMinimum !== undefined) {
            if (!(typeof data.exclusiveMinimum == "number")) {
                const err6 = { instancePath: instancePath + "/exclusiveMinimum", schemaPath: "#/properties/exclusiveMinimum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.maxLength !== undefined) {
            if (!(validate11(data.maxLength, { instancePath: instancePath + "/maxLength", parentData: data, parentDataProperty: "maxLength", rootData, dynamicAnchors }))) {
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
        if (data.minLength !== undefined) {
            if (!(validate13(data.minLength, { instancePath: instancePath + "/minLength", parentData: data, parentDataProperty: "minLength", rootData, dynamicAnchors }))) {
                if (vErrors === null) {
                    vErrors = validate13.errors;
                }
                else {
                    for (const calledError of validate13.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.pattern !== undefined) {
            if (!(typeof data.pattern === "string")) {
                const err7 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.maxItems !== undefined) {
            if (!(validate11(data.maxItems, { instancePath: instancePath + "/maxItems", parentData: data, parentDataProperty: "maxItems", rootData, dynamicAnchors }))) {
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
        if (data.minItems !== undefined) {
            if (!(validate13(data.minItems, { instancePath: instancePath + "/minItems", parentData: data, parentDataProperty: "minItems", rootData, dynamicAnchors }))) {
                if (vErrors === null) {
                    vErrors = validate13.errors;
                }
                else {
                    for (const calledError of validate13.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.uniqueItems !== undefined) {
            if (typeof data.uniqueItems !== "boolean") {
                const err8 = { instancePath: instancePath + "/uniqueItems", schemaPath: "#/properties/uniqueItems/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.maxContains !== undefined) {
            if (!(validate11(data.maxContains, { instancePath: instancePath + "/maxContains", parentData: data, parentDataProperty: "maxContains", rootData, dynamicAnchors }))) {
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
        if (data.minContains !== undefined) {
            if (!(validate11(data.minContains, { instancePath: instancePath + "/minContains", parentData: data, parentDataProperty: "minContains", rootData, dynamicAnchors }))) {
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
        if (data.maxProperties !== undefined) {
            if (!(validate11(data.maxProperties, { instancePath: instancePath + "/maxProperties", parentData: data, parentDataProperty: "maxProperties", rootData, dynamicAnchors }))) {
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
        if (data.minProperties !== undefined) {
            if (!(validate13(data.minProperties, { instancePath: instancePath + "/minProperties", parentData: data, parentDataProperty: "minProperties", rootData, dynamicAnchors }))) {
                if (vErrors === null) {
                    vErrors = validate13.errors;
                }
                else {
                    for (const calledError of validate13.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.required !== undefined) {
            if (!(validate21(data.required, { instancePath: instancePath + "/required", parentData: data, parentDataProperty: "required", rootData, dynamicAnchors }))) {
                if (vErrors === null) {
                    vErrors = validate21.errors;
                }
                else {
                    for (const calledError of validate21.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.dependentRequired !== undefined) {
            let data16 = data.dependentRequired;
            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                for (const key0 in data16) {
                    if (!(validate21(data16[key0], { instancePath: instancePath + "/dependentRequired/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data16, parentDataProperty: key0, rootData, dynamicAnchors }))) {
                        if (vErrors === null) {
                            vErrors = validate21.errors;
                        }
                        else {
                            for (const calledError of validate21.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err9 = { instancePath: instancePath + "/dependentRequired", schemaPath: "#/properties/dependentRequired/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.enum !== undefined) {
            if (!(Array.isArray(data.enum))) {
                const err10 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.type !== undefined) {
            let data19 = data.type;
            const _errs31 = errors;
            let valid2 = false;
            const _errs32 = errors;
            if (!(validate24(data19, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData, dynamicAnchors }))) {
                if (vErrors === null) {
                    vErrors = validate24.errors;
                }
                else {
                    for (const calledError of validate24.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
            var _valid0 = _errs32 === errors;
            valid2 = valid2 || _valid0;
            const _errs33 = errors;
            if (Array.isArray(data19)) {
                if (data19.length < 1) {
                    const err11 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
                const len0 = data19.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate24(data19[i0], { instancePath: instancePath + "/type/" + i0, parentData: data19, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                        if (vErrors === null) {
                            vErrors = validate24.errors;
                        }
                        else {
                            for (const calledError of validate24.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
                let i1 = data19.length;
                let j0;
                if (i1 > 1) {
                    outer0: for (; i1--;) {
                        for (j0 = i1; j0--;) {
                            if (func0(data19[i1], data19[j0])) {
                                const err12 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                                break outer0;
                            }
                        }
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            var _valid0 = _errs33 === errors;
            valid2 = valid2 || _valid0;
            if (!valid2) {
                const err14 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
            else {
                errors = _errs31;
                if (vErrors !== null) {
                    if (_errs31) {
                        vErrors.length = _errs31;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
    }
    validate10.errors = vErrors;
    return errors === 0;
}
validate10.evaluated = { "props": { "multipleOf": true, "maximum": true, "exclusiveMaximum": true, "minimum": true, "exclusiveMinimum": true, "maxLength": true, "minLength": true, "pattern": true, "maxItems": true, "minItems": true, "uniqueItems": true, "maxContains": true, "minContains": true, "maxProperties": true, "minProperties": true, "required": true, "dependentRequired": true, "const": true, "enum": true, "type": true }, "dynamicProps": false, "dynamicItems": false };
const schema9 = { "$schema": "https://json-schema.org/draft/2019-09/schema", "$id": "https://json-schema.org/draft/2019-09/meta/meta-data", "$vocabulary": { "https://json-schema.org/draft/2019-09/vocab/meta-data": true }, "$recursiveAnchor": true, "title": "Meta-data vocabulary meta-schema", "type": ["object", "boolean"], "properties": { "title": { "type": "string" }, "description": { "type": "string" }, "default": true, "deprecated": { "type": "boolean", "default": false }, "readOnly": { "type": "boolean", "default": false }, "writeOnly": { "type": "boolean", "default": false }, "examples": { "type": "array", "items": true } } };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate28.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema9.type }, message: "must be object,boolean" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!dynamicAnchors[""]) {
        dynamicAnchors[""] = validate28;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.title !== undefined) {
            if (typeof data.title !== "string") {
                const err1 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            if (typeof data.description !== "string") {
                const err2 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.deprecated !== undefined) {
            if (typeof data.deprecated !== "boolean") {
                const err3 = { instancePath: instancePath + "/deprecated", schemaPath: "#/properties/deprecated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.readOnly !== undefined) {
            if (typeof data.readOnly !== "boolean") {
                const err4 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.writeOnly !== undefined) {
            if (typeof data.writeOnly !== "boolean") {
                const err5 = { instancePath: instancePath + "/writeOnly", schemaPath: "#/properties/writeOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.examples !== undefined) {
            if (!(Array.isArray(data.examples))) {
                const err6 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
    validate28.errors = vErrors;
    return errors === 0;
}
validate28.evaluated = { "props": { "title": true, "description": true, "default": true, "deprecated": true, "readOnly": true, "writeOnly": true, "examples": true }, "dynamicProps": false, "dynamicItems": false };
const schema10 = { "$schema": "https://json-schema.org/draft/2019-09/schema", "$id": "https://json-schema.org/draft/2019-09/meta/format", "$vocabulary": { "https://json-schema.org/draft/2019-09/vocab/format": true }, "$recursiveAnchor": true, "title": "Format vocabulary meta-schema", "type": ["object", "boolean"], "properties": { "format": { "type": "string" } } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate30.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema10.type }, message: "must be object,boolean" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!dynamicAnchors[""]) {
        dynamicAnchors[""] = validate30;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.format !== undefined) {
            if (typeof data.format !== "string") {
                const err1 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
    }
    validate30.errors = vErrors;
    return errors === 0;
}
validate30.evaluated = { "props": { "format": true }, "dynamicProps": false, "dynamicItems": false };
const schema11 = { "$schema": "https://json-schema.org/draft/2019-09/schema", "$id": "https://json-schema.org/draft/2019-09/meta/content", "$vocabulary": { "https://json-schema.org/draft/2019-09/vocab/content": true }, "$recursiveAnchor": true, "title": "Content vocabulary meta-schema", "type": ["object", "boolean"], "properties": { "contentMediaType": { "type": "string" }, "contentEncoding": { "type": "string" }, "contentSchema": { "$recursiveRef": "#" } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate32.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema11.type }, message: "must be object,boolean" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!dynamicAnchors[""]) {
        dynamicAnchors[""] = validate32;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.contentMediaType !== undefined) {
            if (typeof data.contentMediaType !== "string") {
                const err1 = { instancePath: instancePath + "/contentMediaType", schemaPath: "#/properties/contentMediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.contentEncoding !== undefined) {
            if (typeof data.contentEncoding !== "string") {
                const err2 = { instancePath: instancePath + "/contentEncoding", schemaPath: "#/properties/contentEncoding/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.contentSchema !== undefined) {
            let data2 = data.contentSchema;
            let _v0 = dynamicAnchors[""];
            if (_v0) {
                if (!(_v0(data2, { instancePath: instancePath + "/contentSchema", parentData: data, parentDataProperty: "contentSchema", rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = _v0.errors;
                    }
                    else {
                        for (const calledError of _v0.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props0 = _v0.evaluated.props;
                    var items0 = _v0.evaluated.items;
                }
            }
            else {
                if (!(validate32(data2, { instancePath: instancePath + "/contentSchema", parentData: data, parentDataProperty: "contentSchema", rootData, dynamicAnchors }))) {
                    if (vErrors === null) {
                        vErrors = validate32.errors;
                    }
                    else {
                        for (const calledError of validate32.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                else {
                    var props1 = validate32.evaluated.props;
                    if (props0 !== true && props1 !== undefined) {
                        if (props1 === true) {
                            props0 = true;
                        }
                        else {
                            props0 = props0 || {};
                            Object.assign(props0, props1);
                        }
                    }
                    var items1 = validate32.evaluated.items;
                    if (items0 !== true && items1 !== undefined) {
                        items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
                    }
                }
            }
        }
    }
    validate32.errors = vErrors;
    return errors === 0;
}
validate32.evaluated = { "props": { "contentMediaType": true, "contentEncoding": true, "contentSchema": true }, "dynamicProps": false, "dynamicItems": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate34.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
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
    validate34.errors = vErrors;
    return errors === 0;
}
validate34.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate0.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
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
    if (!dynamicAnchors[""]) {
        dynamicAnchors[""] = validate0;
    }
    if (!(validate1(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
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
    if (!(validate3(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
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
    if (!(validate10(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
        if (vErrors === null) {
            vErrors = validate10.errors;
        }
        else {
            for (const calledError of validate10.errors) {
                vErrors.push(calledError);
            }
        }
        errors = vErrors.length;
    }
    if (!(validate28(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
        if (vErrors === null) {
            vErrors = validate28.errors;
        }
        else {
            for (const calledError of validate28.errors) {
                vErrors.push(calledError);
            }
        }
        errors = vErrors.length;
    }
    if (!(validate30(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
        if (vErrors === null) {
            vErrors = validate30.errors;
        }
        else {
            for (const calledError of validate30.errors) {
                vErrors.push(calledError);
            }
        }
        errors = vErrors.length;
    }
    if (!(validate32(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
        if (vErrors === null) {
            vErrors = validate32.errors;
        }
        else {
            for (const calledError of validate32.errors) {
                vErrors.push(calledError);
            }
        }
        errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.definitions !== undefined) {
            let data0 = data.definitions;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                for (const key0 in data0) {
                    let data1 = data0[key0];
                    let _v0 = dynamicAnchors[""];
                    if (_v0) {
                        if (!(_v0(data1, { instancePath: instancePath + "/definitions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key0, rootData, dynamicAnchors }))) {
                            if (vErrors === null) {
                                vErrors = _v0.errors;
                            }
                            else {
                                for (const calledError of _v0.errors) {
                                    vErrors.push(calledError);
                                }
                            }
                            errors = vErrors.length;
                        }
                        else {
                            var props0 = _v0.evaluated.props;
                            var items0 = _v0.evaluated.items;
                        }
                    }
                    else {
                        if (!(validate0(data1, { instancePath: instancePath + "/definitions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key0, rootData, dynamicAnchors }))) {
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
                        else {
                            var props1 = validate0.evaluated.props;
                            if (props0 !== true && props1 !== undefined) {
                                if (props1 === true) {
                                    props0 = true;
                                }
                                else {
                                    props0 = props0 || {};
                                    Object.assign(props0, props1);
                                }
                            }
                            var items1 = validate0.evaluated.items;
                            if (items0 !== true && items1 !== undefined) {
                                items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
                            }
                        }
                    }
                }
            }
            else {
                const err1 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.dependencies !== undefined) {
            let data2 = data.dependencies;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                for (const key1 in data2) {
                    let data3 = data2[key1];
                    const _errs17 = errors;
                    let valid4 = false;
                    const _errs18 = errors;
                    let _v1 = dynamicAnchors[""];
                    if (_v1) {
                        if (!(_v1(data3, { instancePath: instancePath + "/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key1, rootData, dynamicAnchors }))) {
                            if (vErrors === null) {
                                vErrors = _v1.errors;
                            }
                            else {
                                for (const calledError of _v1.errors) {
                                    vErrors.push(calledError);
                                }
                            }
                            errors = vErrors.length;
                        }
                        else {
                            var props2 = _v1.evaluated.props;
                            var items2 = _v1.evaluated.items;
                        }
                    }
                    else {
                        if (!(validate0(data3, { instancePath: instancePath + "/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key1, rootData, dynamicAnchors }))) {
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
                        else {
                            var props3 = validate0.evaluated.props;
                            if (props2 !== true && props3 !== undefined) {
                                if (props3 === true) {
                                    props2 = true;
                                }
                                else {
                                    props2 = props2 || {};
                                    Object.assign(props2, props3);
                                }
                            }
                            var items3 = validate0.evaluated.items;
                            if (items2 !== true && items3 !== undefined) {
                                items2 = items3 === true ? true : items2 > items3 ? items2 : items3;
                            }
                        }
                    }
                    var _valid0 = _errs18 === errors;
                    valid4 = valid4 || _valid0;
                    const _errs19 = errors;
                    if (!(validate34(data3, { instancePath: instancePath + "/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key1, rootData, dynamicAnchors }))) {
                        if (vErrors === null) {
                            vErrors = validate34.errors;
                        }
                        else {
                            for (const calledError of validate34.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                    var _valid0 = _errs19 === errors;
                    valid4 = valid4 || _valid0;
                    if (_valid0) {
                        if (items2 !== true) {
                            items2 = true;
                        }
                    }
                    if (!valid4) {
                        const err2 = { instancePath: instancePath + "/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs17;
                        if (vErrors !== null) {
                            if (_errs17) {
                                vErrors.length = _errs17;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
    validate0.errors = vErrors;
    return errors === 0;
}
validate0.evaluated = { "props": { "definitions": true, "dependencies": true, "contentMediaType": true, "contentEncoding": true, "contentSchema": true, "format": true, "title": true, "description": true, "default": true, "deprecated": true, "readOnly": true, "writeOnly": true, "examples": true, "multipleOf": true, "maximum": true, "exclusiveMaximum": true, "minimum": true, "exclusiveMinimum": true, "maxLength": true, "minLength": true, "pattern": true, "maxItems": true, "minItems": true, "uniqueItems": true, "maxContains": true, "minContains": true, "maxProperties": true, "minProperties": true, "required": true, "dependentRequired": true, "const": true, "enum": true, "type": true, "additionalItems": true, "unevaluatedItems": true, "items": true, "contains": true, "additionalProperties": true, "unevaluatedProperties": true, "properties": true, "patternProperties": true, "dependentSchemas": true, "propertyNames": true, "if": true, "then": true, "else": true, "allOf": true, "anyOf": true, "oneOf": true, "not": true, "$id": true, "$schema": true, "$anchor": true, "$ref": true, "$recursiveRef": true, "$recursiveAnchor": true, "$vocabulary": true, "$comment": true, "$defs": true }, "dynamicProps": false, "dynamicItems": false };


/***/ })

};
