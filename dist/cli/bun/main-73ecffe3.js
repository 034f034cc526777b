// @bun
import {
  UserError
} from "./main-f081c345.js";
import {
  repositoryRef
} from "./main-f2ae7067.js";

// src/github/artifacts.ts
async function findRunArtifact(client, options) {
  const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
    ...repositoryRef(options.repository),
    run_id: options.runId,
    name: options.name,
    per_page: 100
  });
  const found = artifacts.filter((artifact) => artifact.name === options.name).sort((a, b) => b.id - a.id)[0];
  if (!found)
    return;
  return {
    id: found.id,
    name: found.name,
    sizeInBytes: found.size_in_bytes,
    expired: found.expired,
    ...found.created_at ? { createdAt: found.created_at } : {}
  };
}
async function downloadArtifactZip(client, options) {
  const response = await client.rest.actions.downloadArtifact({
    ...repositoryRef(options.repository),
    artifact_id: options.artifactId,
    archive_format: "zip"
  });
  const data = response.data;
  if (data instanceof ArrayBuffer)
    return new Uint8Array(data);
  if (ArrayBuffer.isView(data))
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new Error(`Downloading artifact ${options.artifactId} gave ${typeof data}, not the bytes of a zip archive.`);
}
async function* listRepositoryArtifacts(client, options) {
  const pages = client.paginate.iterator(client.rest.actions.listArtifactsForRepo, {
    ...repositoryRef(options.repository),
    per_page: options.perPage ?? 100
  });
  for await (const page of pages) {
    yield { artifacts: page.data.map(repositoryArtifact), date: page.headers.date };
  }
}
function repositoryArtifact(artifact) {
  const run = artifact.workflow_run;
  return {
    id: artifact.id,
    name: artifact.name,
    sizeInBytes: artifact.size_in_bytes,
    expired: artifact.expired,
    createdAt: artifact.created_at ?? null,
    expiresAt: artifact.expires_at ?? null,
    ...run ? {
      workflowRun: {
        ...run.repository_id !== undefined ? { repositoryId: run.repository_id } : {},
        ...run.head_repository_id !== undefined ? { headRepositoryId: run.head_repository_id } : {}
      }
    } : {}
  };
}
async function downloadRepositoryArtifact(client, options) {
  let location;
  try {
    const response = await client.rest.actions.downloadArtifact({
      ...repositoryRef(options.repository),
      artifact_id: options.artifactId,
      archive_format: "zip",
      request: { redirect: "manual" }
    });
    location = response.headers.location;
    const data = response.data;
    if (!location && data instanceof ArrayBuffer)
      return new Uint8Array(data);
  } catch (error) {
    const status = error.status;
    if (status === 410 || status === 404)
      return "gone";
    throw error;
  }
  if (!location)
    throw new Error("no redirect URL");
  const response = await (options.fetchStorage ?? fetch)(location);
  if (!response.ok) {
    throw Object.assign(new Error(`blob storage answered ${response.status}`), { status: response.status });
  }
  return new Uint8Array(await response.arrayBuffer());
}

// src/zip-entry.ts
import * as zlib from "zlib";
var END_OF_CENTRAL_DIRECTORY = 101010256;
var CENTRAL_DIRECTORY_ENTRY = 33639248;
var LOCAL_FILE_HEADER = 67324752;
var STORED = 0;
var DEFLATED = 8;
var MAX_COMMENT = 65535;
var MAX_DEFLATE_RATIO = 1100;
var DEFAULT_MAX_ENTRIES = 1e4;

class ZipReadError extends UserError {
  name = "ZipReadError";
}
function findZipEntry(archive, name, limits) {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const entry = centralDirectory(bytes, limits.maxEntries ?? DEFAULT_MAX_ENTRIES).find((candidate) => candidate.name === name && safeName(candidate.name));
  return entry ? entryData(bytes, entry, limits.maxBytes) : undefined;
}
function readZipEntry(archive, name, limits) {
  const content = findZipEntry(archive, name, limits);
  if (!content)
    throw new ZipReadError(`the archive has no file named ${name}`);
  return content;
}
function safeName(name) {
  return !name.startsWith("/") && !/^[A-Za-z]:/.test(name) && !name.split(/[/\\]/).includes("..") && !name.includes("\x00");
}
function entryData(bytes, entry, maxBytes) {
  const { name } = entry;
  if (entry.flags & 1)
    throw new ZipReadError(`${name} is encrypted`);
  if (entry.size > maxBytes)
    throw new ZipReadError(`${name} is ${entry.size} bytes unpacked; at most ${maxBytes} are accepted`);
  if (entry.method === DEFLATED && entry.size > Math.max(entry.compressedSize, 1) * MAX_DEFLATE_RATIO) {
    throw new ZipReadError(`${name} claims a compression ratio deflate cannot reach (${entry.size} bytes from ${entry.compressedSize}); the archive is damaged or forged`);
  }
  need(bytes, entry.offset, 30);
  if (bytes.readUInt32LE(entry.offset) !== LOCAL_FILE_HEADER)
    throw new ZipReadError(`${name}'s local header is damaged (truncated archive?)`);
  const start = entry.offset + 30 + bytes.readUInt16LE(entry.offset + 26) + bytes.readUInt16LE(entry.offset + 28);
  need(bytes, start, entry.compressedSize);
  const data = bytes.subarray(start, start + entry.compressedSize);
  const content = inflate(data, entry, maxBytes);
  if (content.length !== entry.size)
    throw new ZipReadError(`${name}: expected ${entry.size} bytes, got ${content.length}`);
  if (typeof zlib.crc32 === "function" && zlib.crc32(content) >>> 0 !== entry.crc) {
    throw new ZipReadError(`${name}: CRC mismatch (damaged archive)`);
  }
  return content;
}
function inflate(data, entry, maxBytes) {
  if (entry.method === STORED)
    return data;
  if (entry.method !== DEFLATED) {
    throw new ZipReadError(`${entry.name} is packed with method ${entry.method}; only stored and deflated entries are read`);
  }
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(maxBytes, 1) });
  } catch (error) {
    throw new ZipReadError(`${entry.name} does not inflate within ${maxBytes} bytes: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function centralDirectory(bytes, maxEntries) {
  const end = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  if (count > maxEntries)
    throw new ZipReadError(`the archive lists ${count} files; at most ${maxEntries} are accepted`);
  let at = bytes.readUInt32LE(end + 16);
  const entries = [];
  for (let index = 0;index < count; index++) {
    need(bytes, at, 46);
    if (bytes.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY)
      throw new ZipReadError("the zip's central directory is damaged");
    const nameLength = bytes.readUInt16LE(at + 28);
    need(bytes, at + 46, nameLength);
    const entry = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength)
    };
    if ([entry.compressedSize, entry.size, entry.offset].includes(4294967295)) {
      throw new ZipReadError(`${entry.name} uses zip64, which is not accepted here`);
    }
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}
function findEndOfCentralDirectory(bytes) {
  const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let at = bytes.length - 22;at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY)
      return at;
  }
  throw new ZipReadError("not a zip archive (no end of central directory record)");
}
function need(bytes, offset, length) {
  if (offset < 0 || offset + length > bytes.length)
    throw new ZipReadError("the zip archive is truncated");
}

export { findRunArtifact, downloadArtifactZip, listRepositoryArtifacts, downloadRepositoryArtifact, ZipReadError, findZipEntry, readZipEntry };
