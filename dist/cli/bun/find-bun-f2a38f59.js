// @bun
import {
  findBun2,
  flowsActionPackageDir2
} from "./main-8c27923c.js";
export {
  findBun2 as findBun,
  flowsActionPackageDir2 as flowsActionPackageDir
};
