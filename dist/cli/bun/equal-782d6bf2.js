// @bun
import {
  require_equal
} from "./main-d22cfd39.js";
export default require_equal();
