/**
 * Compiler messages as plain JSON, and their order. The cache stores messages
 * serialized; the CLI prints them with `--format json`.
 *
 * @module
 */

import { VFileMessage } from 'vfile-message';
import { compareCodePoints } from './hash/canonical-json.js';
import type { Point, Position } from 'unist';
import { messageSource } from './diagnostics.js';
import type { SerializedMessage } from './types.js';

/**
 * Turns a message into plain JSON: reason, rule id, severity, file, range and
 * fix hint. Fields without a value are left out.
 *
 * @example
 * ```ts
 * import { compile, serializeMessage } from '@copekit/compiler';
 *
 * const { messages } = compile(files);
 * console.log(JSON.stringify(messages.map(serializeMessage)));
 * ```
 */
export function serializeMessage(message: VFileMessage): SerializedMessage {
  const serialized: SerializedMessage = {
    reason: message.reason,
    ruleId: message.ruleId ?? '',
    severity: message.fatal === true ? 'error' : 'warning',
    file: message.file ?? '',
  };
  const place = message.place;
  const start = place === undefined ? undefined : 'start' in place ? place.start : place;
  const end = place !== undefined && 'end' in place ? place.end : undefined;
  if (start !== undefined) {
    serialized.line = start.line;
    serialized.column = start.column;
  }
  if (end !== undefined) {
    serialized.endLine = end.line;
    serialized.endColumn = end.column;
  }
  if (typeof message.note === 'string') serialized.fix = message.note;
  return serialized;
}

/**
 * Turns serialized JSON back into a `VFileMessage` equal to the original in
 * reason, rule id, severity, file, place and fix hint.
 *
 * @example
 * ```ts
 * import { deserializeMessage } from '@copekit/compiler';
 *
 * const message = deserializeMessage({
 *   reason: 'Unknown component `<Ratng>`',
 *   ruleId: 'unknown-component',
 *   severity: 'error',
 *   file: 'pacing/pacing-basics.mdx',
 *   line: 12,
 *   column: 1,
 * });
 * message.fatal; // true
 * ```
 */
export function deserializeMessage(serialized: SerializedMessage): VFileMessage {
  const message = new VFileMessage(serialized.reason, {
    place: placeOf(serialized),
    ruleId: serialized.ruleId,
    source: messageSource,
  });
  if (serialized.file !== '') {
    // As `VFile#message` does: `name` is `file:line:column`.
    message.name = `${serialized.file}:${message.name}`;
    message.file = serialized.file;
  }
  message.fatal = serialized.severity === 'error';
  if (serialized.fix !== undefined) message.note = serialized.fix;
  return message;
}

function placeOf(serialized: SerializedMessage): Point | Position | undefined {
  if (serialized.line === undefined || serialized.column === undefined) return undefined;
  const start = { line: serialized.line, column: serialized.column };
  if (serialized.endLine === undefined || serialized.endColumn === undefined) return start;
  return { start, end: { line: serialized.endLine, column: serialized.endColumn } };
}

/**
 * Sorts messages by file, line and column (code point order for files, file
 * level messages first). The sort is stable, so messages at the same place
 * keep the order in which they were found.
 */
export function sortMessages(messages: VFileMessage[]): VFileMessage[] {
  return messages.sort(compareMessages);
}

function compareMessages(a: VFileMessage, b: VFileMessage): number {
  if (a.file !== b.file) return compareCodePoints(a.file ?? '', b.file ?? '');
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
