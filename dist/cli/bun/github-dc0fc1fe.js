// @bun
import {
  context2,
  getOctokit2
} from "./main-cab60dbc.js";
export {
  context2 as context,
  getOctokit2 as getOctokit
};
