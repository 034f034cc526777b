// @bun
// src/events/lazy-json.ts
import { closeSync, openSync, readSync } from "fs";
var lazies = new WeakMap;
var created = 0;
var loads = 0;
function lazyArray(range) {
  const target = [];
  const lazy = { ...range, loaded: false };
  const load = () => {
    if (lazy.loaded)
      return;
    const items = JSON.parse(readRange(range));
    for (let i = 0;i < items.length; i++)
      target[i] = items[i];
    lazy.loaded = true;
    loads++;
  };
  const proxy = new Proxy(target, {
    get(t, key) {
      if (key === "toJSON")
        return;
      load();
      return Reflect.get(t, key);
    },
    set(t, key, value) {
      load();
      return Reflect.set(t, key, value);
    },
    has(t, key) {
      load();
      return Reflect.has(t, key);
    },
    ownKeys(t) {
      load();
      return Reflect.ownKeys(t);
    },
    getOwnPropertyDescriptor(t, key) {
      load();
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    defineProperty(t, key, descriptor) {
      load();
      return Reflect.defineProperty(t, key, descriptor);
    },
    deleteProperty(t, key) {
      load();
      return Reflect.deleteProperty(t, key);
    },
    preventExtensions(t) {
      load();
      return Reflect.preventExtensions(t);
    }
  });
  lazies.set(proxy, lazy);
  created++;
  return proxy;
}
function lazyRange(value) {
  if (typeof value !== "object" || value === null)
    return;
  const lazy = lazies.get(value);
  return lazy && !lazy.loaded ? { path: lazy.path, start: lazy.start, end: lazy.end } : undefined;
}
function jsonParts(value) {
  if (created === 0)
    return [JSON.stringify(value)];
  const ranges = [];
  const marker = `flows-lazy-${markerNonce()}-`;
  const text = JSON.stringify(value, (_key, item) => {
    const range = lazyRange(item);
    if (range === undefined)
      return item;
    ranges.push(range);
    return `${marker}${ranges.length - 1}`;
  });
  if (ranges.length === 0)
    return [text];
  const parts = [];
  const pattern = new RegExp(`"${marker}(\\d+)"`, "g");
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(at, match.index), ranges[Number(match[1])]);
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return parts.filter((part) => part !== "");
}
var nonce;
function markerNonce() {
  nonce ??= Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32).toString(36)).join("");
  return nonce;
}
function readRange(range) {
  const bytes = Buffer.allocUnsafe(range.end - range.start);
  const fd = openSync(range.path, "r");
  try {
    let at = 0;
    while (at < bytes.length) {
      const read = readSync(fd, bytes, at, bytes.length - at, range.start + at);
      if (read === 0)
        throw new Error(`${range.path} ended before byte ${range.end}: the event's scratch copy was changed`);
      at += read;
    }
  } finally {
    closeSync(fd);
  }
  return bytes.toString("utf8");
}

export { lazyArray, jsonParts };
