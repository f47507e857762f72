// The compile cache of `py2ts-mp run`: converted, transpiled JavaScript keyed by a
// hash of the source, the options and the compiler build, so a second run of an
// unchanged script skips the compiler entirely (it is never even loaded).

import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function cacheDirectory(): string {
  const explicit = process.env["PY2TS_CACHE_DIR"];
  if (explicit) return explicit;
  const xdg = process.env["XDG_CACHE_HOME"];
  return join(xdg && xdg !== "" ? xdg : join(homedir(), ".cache"), "py2ts-mp");
}

let fingerprint: string | null = null;

/**
 * Identifies this build of the compiler: the newest modification time and total
 * size of the compiled compiler files, so rebuilding py2ts-mp invalidates the cache.
 */
export function compilerFingerprint(): string {
  if (fingerprint) return fingerprint;
  const distSrc = join(dirname(fileURLToPath(import.meta.url)), "..");
  let newest = 0;
  let size = 0;
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "runtime" || entry.name === "cli") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(".js")) {
        const stat = statSync(path);
        newest = Math.max(newest, stat.mtimeMs);
        size += stat.size;
      }
    }
  };
  visit(distSrc);
  fingerprint = `${newest}:${size}`;
  return fingerprint;
}

export function cacheKey(parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\u0000");
  return hash.digest("hex").slice(0, 32);
}

export function readCached(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/** Writes atomically, so a concurrent run never loads a half-written file. */
export function writeCached(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}
