// @bun
import {
  require_formats
} from "./main-1603a43e.js";
export default require_formats();
