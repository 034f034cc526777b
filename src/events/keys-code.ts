import { idAt, objectAt, stringAt } from "./fields.js";
import { idKey } from "./id.js";
import { type NaturalKeyInput, delivery, runDelivery } from "./key-parts.js";

// Natural keys of events about code: push, release, create, delete, merge_group, packages.

// push: the ref and the commit it now points at. A push that moves a ref to a commit it has
// already been pushed to is the same domain event ("main is at X") and runs nothing twice. A
// deletion points at 000…0, which says nothing, so it names the commit the ref was deleted at.
export function pushKey({ payload }: NaturalKeyInput): string | undefined {
  const ref = stringAt(payload, "ref");
  const after = stringAt(payload, "after");
  const before = stringAt(payload, "before");
  if (ref === undefined || after === undefined) return undefined;
  if (payload.deleted === true && before !== undefined) return idKey`${ref}@${before}..${after}`;
  return idKey`${ref}@${after}`;
}

// release: `published` is keyed by the tag alone, like the upstream-release events of other
// producers: a tag is released once, and republishing it runs nothing twice. A release id is
// created and deleted once. Other actions (edited, released, prereleased, unpublished) can
// repeat and release objects carry no updated_at, so they are told apart by the run.
export function releaseKey(input: NaturalKeyInput): string | undefined {
  const release = objectAt(input.payload, "release");
  const tag = stringAt(release, "tag_name");
  if (tag === undefined) return undefined;
  if (input.action === "published") return idKey`${tag}`;
  const id = idAt(release, "id");
  if ((input.action === "created" || input.action === "deleted") && id !== undefined) {
    return idKey`${tag}@release-${id}`;
  }
  return `${idKey`${tag}`}@${runDelivery(input)}`;
}

// create: the payload has no commit, but GITHUB_SHA is the commit the new ref points at, so a
// ref re-created elsewhere is a new event. delete: GITHUB_SHA is the default branch, which
// says nothing about the deleted ref, so deletions are told apart by the run.
export function createKey({ payload, context }: NaturalKeyInput): string | undefined {
  const refType = stringAt(payload, "ref_type");
  const ref = stringAt(payload, "ref");
  if (refType === undefined || ref === undefined) return undefined;
  return context.sha === undefined ? idKey`${refType}:${ref}` : idKey`${refType}:${ref}@${context.sha}`;
}

export function deleteKey(input: NaturalKeyInput): string | undefined {
  const refType = stringAt(input.payload, "ref_type");
  const ref = stringAt(input.payload, "ref");
  if (refType === undefined || ref === undefined) return undefined;
  return `${idKey`${refType}:${ref}`}@${runDelivery(input)}`;
}

// merge_group: each group has its own temporary ref and merge commit.
export function mergeGroupKey({ payload }: NaturalKeyInput): string | undefined {
  const group = objectAt(payload, "merge_group");
  const ref = stringAt(group, "head_ref");
  const sha = stringAt(group, "head_sha");
  return ref === undefined || sha === undefined ? undefined : idKey`${ref}@${sha}`;
}


// package, registry_package: a version is published once; `updated` repeats and moves the
// version's updated_at. The package id alone would merge every version of a package.
export function packageKey(input: NaturalKeyInput): string | undefined {
  const pkg = objectAt(input.payload, input.eventName);
  const id = idAt(pkg, "id");
  if (id === undefined) return undefined;
  const version = objectAt(pkg, "package_version");
  const versionId = idAt(version, "id");
  const key = versionId === undefined ? idKey`package-${id}` : idKey`package-${id}:version-${versionId}`;
  return input.action === "published" ? key : `${key}@${delivery(input, version ?? pkg)}`;
}
