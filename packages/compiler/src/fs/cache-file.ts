/**
 * The format of the disk cache file, read defensively: whatever is on disk
 * may be truncated, hand-edited or written by another version.
 *
 * @module
 */

import type { CachedFileResult, SerializedMessage } from '../types.js';

/** Version of the cache file layout: `{ format: 1, entries: { [key]: CachedFileResult } }`. */
export const cacheFileFormat = 1;

/**
 * The valid entries of a cache file's text. Anything unusable (no text,
 * invalid JSON, another format) gives an empty map; malformed entries are
 * dropped one by one.
 */
export function parseCacheFile(text: string | undefined): Map<string, CachedFileResult> {
  const entries = new Map<string, CachedFileResult>();
  const data = parseJson(text);
  if (!isRecord(data) || data.format !== cacheFileFormat || !isRecord(data.entries)) return entries;
  for (const [key, value] of Object.entries(data.entries)) {
    if (isCachedFileResult(value)) entries.set(key, value);
  }
  return entries;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isCachedFileResult(value: unknown): value is CachedFileResult {
  return isRecord(value) && Array.isArray(value.messages) && value.messages.every(isSerializedMessage);
}

function isSerializedMessage(value: unknown): value is SerializedMessage {
  return (
    isRecord(value) &&
    typeof value.reason === 'string' &&
    typeof value.ruleId === 'string' &&
    typeof value.file === 'string' &&
    (value.severity === 'error' || value.severity === 'warning')
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
