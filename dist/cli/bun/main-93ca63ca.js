// @bun
// src/state/types.ts
var RECORD_FORMAT_VERSION = 1;

export { RECORD_FORMAT_VERSION };
