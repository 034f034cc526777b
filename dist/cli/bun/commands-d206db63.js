// @bun
import {
  listCommand2,
  validateCommand2,
  fireCommand2,
  briefOutcome2,
  exitCodeFor2
} from "./main-86eff04f.js";
import"./main-8c27923c.js";
import"./main-73c2a2c4.js";
import"./main-705341a3.js";
import"./main-e531f9c3.js";
import"./main-fbb7e2a8.js";
import"./main-845a148e.js";
export {
  briefOutcome2 as briefOutcome,
  exitCodeFor2 as exitCodeFor,
  fireCommand2 as fireCommand,
  listCommand2 as listCommand,
  validateCommand2 as validateCommand
};
