// ajv's generated code gathers a called validator's errors (every `$ref` compiled as a function
// of its own, and the validators scripts/build-schemas.mjs writes) with
// `vErrors = vErrors === null ? called.errors : vErrors.concat(called.errors);`: one copy of every
// error so far per call, quadratic in the errors. A payload of 100,000 items that each fail a
// `$ref`'d item schema took 86 s to check; a flow.toml of 150,000 steps that are not tables took
// hours. Appending in place is linear; the called validator's array is its own until its next
// call, which replaces it.
//
// Plain JavaScript (with ajv-linear-errors.d.ts beside it) so that scripts/build-schemas.mjs,
// which Node runs without a TypeScript loader, and the runtime (src/flows/schema-ajv.ts,
// src/flows/schema-cache.ts) share this one rewrite. scripts/bundle.mjs copies it into .build/,
// as tsc does not emit JavaScript sources.

/** ajv 8's statement (ajv/dist/vocabularies/core/ref.js, compile/validate/keyword.js). */
const CALLED_ERRORS = /vErrors = vErrors === null \? ([\w.]+)\.errors : vErrors\.concat\(\1\.errors\);/g;
const LINEAR = "if(vErrors === null){vErrors = $1.errors;}else{for(const calledError of $1.errors){vErrors.push(calledError);}}";

/**
 * `code` (ajv's generated or standalone code) with each called validator's errors appended in
 * place. Code without the statement (another ajv, or code already rewritten) comes back as it is.
 * @param {string} code
 * @returns {string}
 */
export function linearErrors(code) {
  return code.replace(CALLED_ERRORS, LINEAR);
}

/**
 * Whether `code` still gathers errors with concat in a way linearErrors does not know (a
 * newer ajv): the build script fails on it, the runtime leaves such code as it is.
 * @param {string} code
 * @returns {boolean}
 */
export function concatenatesErrors(code) {
  return /\.concat\(/.test(code);
}
