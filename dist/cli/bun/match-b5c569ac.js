// @bun
import {
  typeMatches2,
  matchSteps2
} from "./main-705341a3.js";
export {
  matchSteps2 as matchSteps,
  typeMatches2 as typeMatches
};
