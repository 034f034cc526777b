// @bun
import {
  retry2
} from "./main-e6386771.js";
export {
  retry2 as retry
};
