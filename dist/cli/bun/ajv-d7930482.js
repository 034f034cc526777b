// @bun
import {
  require_ajv
} from "./main-1b6ebc2c.js";
import"./main-9393e891.js";
import"./main-7b7e5653.js";
import"./main-bd1f9bcd.js";
import"./main-cf1b81bc.js";
import"./main-d22cfd39.js";
export default require_ajv();
