// @bun
import {
  require_uri
} from "./main-cf1b81bc.js";
export default require_uri();
