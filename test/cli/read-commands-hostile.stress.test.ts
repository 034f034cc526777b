// Moved from read-commands-hostile.test.ts: the same tests with a megabyte of text in each hostile
// field (read-commands-hostile-suite.ts); `npm test` keeps them with a quarter megabyte.
import { hostileReadCommandTests } from "./read-commands-hostile-suite.js";

hostileReadCommandTests({ bytes: 1024 * 1024, words: "a megabyte", left: "megabytes" });
