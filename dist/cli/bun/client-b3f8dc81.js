// @bun
import {
  createGitHubClient2
} from "./main-ddf61615.js";
import"./main-f081c345.js";
export {
  createGitHubClient2 as createGitHubClient
};
