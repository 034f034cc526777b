// @bun
import {
  apiFailure
} from "./main-70820b85.js";
import {
  repositoryRef
} from "./main-f2ae7067.js";

// src/github/pulls.ts
async function pullRequestsForCommit2(client, options) {
  const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
    ...repositoryRef(options.repository),
    commit_sha: options.sha,
    per_page: 100
  });
  return pulls.map(record);
}
async function pullRequest2(client, options) {
  try {
    const { data } = await client.rest.pulls.get({ ...repositoryRef(options.repository), pull_number: options.number });
    return record(data);
  } catch (error) {
    if (apiFailure(error).kind === "not-found")
      return;
    throw error;
  }
}
var PULL_REQUEST_FILES_LIMIT2 = 3000;
async function pullRequestFiles2(client, options) {
  const names = new Set;
  let listed = 0;
  const pages = client.paginate.iterator(client.rest.pulls.listFiles, {
    ...repositoryRef(options.repository),
    pull_number: options.number,
    per_page: 100
  });
  for await (const { data } of pages) {
    for (const file of data) {
      names.add(file.filename);
      if (file.previous_filename)
        names.add(file.previous_filename);
    }
    listed += data.length;
    if (listed >= PULL_REQUEST_FILES_LIMIT2)
      break;
  }
  return { files: [...names], complete: listed < PULL_REQUEST_FILES_LIMIT2 };
}
function record(data) {
  return {
    number: data.number,
    state: data.state,
    headSha: data.head.sha,
    ...data.head.repo ? { headRepository: data.head.repo.full_name } : {},
    ...data.base.repo ? { baseRepository: data.base.repo.full_name } : {}
  };
}

export { pullRequestsForCommit2, pullRequest2, PULL_REQUEST_FILES_LIMIT2, pullRequestFiles2 };
