// @bun
import {
  eventKind2,
  commitForEvent2,
  resolveEventCommit2,
  validSha2
} from "./main-072a3549.js";
import"./main-197c92f2.js";
import"./main-a322423d.js";
import"./main-70820b85.js";
import"./main-f2ae7067.js";
export {
  commitForEvent2 as commitForEvent,
  eventKind2 as eventKind,
  resolveEventCommit2 as resolveEventCommit,
  validSha2 as validSha
};
