// @bun
import {
  MAX_PULL_REQUESTS2,
  pullRequestsInEvent2
} from "./main-197c92f2.js";
export {
  MAX_PULL_REQUESTS2 as MAX_PULL_REQUESTS,
  pullRequestsInEvent2 as pullRequestsInEvent
};
