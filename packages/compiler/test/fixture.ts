/**
 * The fixture curriculum of the tests, read once from `test/fixtures/curriculum`,
 * and helpers to compile it with some files changed.
 *
 * @module
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type CompileOptions, type CompileResult, type SourceFile } from '../src/index.js';
import type { VFileMessage } from 'vfile-message';

const root = fileURLToPath(new URL('fixtures/curriculum', import.meta.url));

/** Every file of the fixture curriculum, sorted by path. */
export const fixtureFiles: readonly SourceFile[] = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => {
    const absolute = join(entry.parentPath, entry.name);
    return { path: relative(root, absolute).split(sep).join('/'), value: readFileSync(absolute, 'utf8') };
  })
  .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

/** The text of a fixture file. */
export function fixture(path: string): string {
  const file = fixtureFiles.find((candidate) => candidate.path === path);
  if (file === undefined) throw new Error(`No fixture file ${path}`);
  return file.value;
}

/**
 * The fixture with files replaced or added (`value: null` removes the file).
 *
 * @example
 * withFiles({ 'pacing/pacing-plan.mdx': lesson('pacing-plan', body) })
 */
export function withFiles(changes: Record<string, string | null>): SourceFile[] {
  const files = fixtureFiles.filter((file) => !(file.path in changes));
  for (const [path, value] of Object.entries(changes)) if (value !== null) files.push({ path, value });
  return files;
}

/** Compiles the fixture with `changes` applied. */
export function compileWith(changes: Record<string, string | null>, options?: CompileOptions): CompileResult {
  return compile(withFiles(changes), options);
}

/** A message as `file:line:column rule-id reason`. */
export function describeMessage(message: VFileMessage): string {
  const place = message.line === undefined ? '' : `:${message.line}:${message.column ?? ''}`;
  return `${message.file}${place} ${message.ruleId ?? ''} ${message.reason}`;
}

/** Messages of compiling `files`, as by {@link describeMessage}. */
export function messagesOf(files: readonly SourceFile[], options?: CompileOptions): string[] {
  return compile(files, options).messages.map(describeMessage);
}

/** Messages of compiling the fixture with `changes`, as by {@link describeMessage}. */
export function messagesWith(changes: Record<string, string | null>, options?: CompileOptions): string[] {
  return messagesOf(withFiles(changes), options);
}

/** Path of the lesson that {@link lessonMessages} adds to the fixture. */
export const testLessonPath = 'pacing/test-lesson.mdx';

/**
 * Front matter of the test lesson `test-lesson` in module `pacing`: eight
 * lines, so the body starts on line 9. `extra` lines go before the closing
 * `---` (and move the body down).
 */
export function frontMatter(extra = ''): string {
  return `---\nid: test-lesson\ntitle: Test lesson\nmodule: pacing\nminutes: 5\nreferences:\n  - A source.\n${extra}---\n`;
}

/** Options of {@link lessonMessages}. */
export interface LessonMessagesOptions extends CompileOptions {
  /** Other fixture files to change. */
  files?: Record<string, string | null>;
  /** Add the fix hint of each message after ` → `. */
  fix?: boolean;
}

/**
 * Adds a lesson with `body` (after {@link frontMatter}) to the fixture and
 * returns the messages as `line:column rule-id reason`, prefixed with the
 * file when it is not the test lesson.
 */
export function lessonMessages(body: string, options: LessonMessagesOptions = {}): string[] {
  const { files = {}, fix = false, ...compileOptions } = options;
  const { messages } = compileWith({ [testLessonPath]: frontMatter() + body, ...files }, compileOptions);
  return messages.map((message) => {
    const file = message.file === testLessonPath ? '' : `${message.file}:`;
    const text = `${file}${message.line ?? ''}:${message.column ?? ''} ${message.ruleId ?? ''} ${message.reason}`;
    return fix && typeof message.note === 'string' ? `${text} → ${message.note}` : text;
  });
}
