// @bun
import {
  createGitHubReporter2
} from "./main-bf360676.js";
import"./main-072a3549.js";
import"./main-197c92f2.js";
import"./main-a322423d.js";
import"./main-70820b85.js";
import"./main-f2ae7067.js";
export {
  createGitHubReporter2 as createGitHubReporter
};
