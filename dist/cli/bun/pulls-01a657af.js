// @bun
import {
  pullRequestsForCommit2,
  pullRequest2,
  PULL_REQUEST_FILES_LIMIT2,
  pullRequestFiles2
} from "./main-a322423d.js";
import"./main-70820b85.js";
import"./main-f2ae7067.js";
export {
  PULL_REQUEST_FILES_LIMIT2 as PULL_REQUEST_FILES_LIMIT,
  pullRequest2 as pullRequest,
  pullRequestFiles2 as pullRequestFiles,
  pullRequestsForCommit2 as pullRequestsForCommit
};
