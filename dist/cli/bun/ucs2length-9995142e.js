// @bun
import {
  require_ucs2length
} from "./main-bd1f9bcd.js";
export default require_ucs2length();
