/**
 * The shipped curriculum (`/curriculum`), compiled once per test file, and
 * modified copies of it compiled from edited sources (in memory).
 */

import { fileURLToPath } from 'node:url';
import { compile, type SourceFile } from '@copekit/compiler';
import { readCurriculum } from '@copekit/compiler/node';
import type { Bundle } from '@copekit/schema';

const root = fileURLToPath(new URL('../../../curriculum', import.meta.url));

let sources: Promise<SourceFile[]> | undefined;
let shipped: Promise<Bundle> | undefined;

/** Edits to make: relative source path → rewrite of its text. */
export type SourceEdits = Record<string, (text: string) => string>;

function build(files: SourceFile[]): Bundle {
  const { bundle, messages } = compile(files);
  if (bundle === null || bundle === undefined) throw new Error(`The curriculum does not compile: ${JSON.stringify(messages.filter((message) => message.fatal))}`);
  return bundle;
}

/** The bundle of the shipped curriculum. */
export function shippedBundle(): Promise<Bundle> {
  sources ??= readCurriculum(root);
  shipped ??= sources.then(build);
  return shipped;
}

/**
 * The shipped curriculum with `edits` applied, as version `version`. Every
 * edit must change its file, so a test never passes on an edit that missed.
 */
export async function modifiedBundle(edits: SourceEdits, version = '1.1.0'): Promise<Bundle> {
  sources ??= readCurriculum(root);
  const files = await sources;
  const edited = files.map((file) => {
    const edit = file.path === 'package.json' ? (text: string) => text.replace(/"version": "[^"]+"/, `"version": "${version}"`) : edits[file.path];
    if (edit === undefined) return file;
    const value = edit(file.value);
    if (value === file.value) throw new Error(`The edit of ${file.path} changed nothing`);
    return { ...file, value };
  });
  const missing = Object.keys(edits).filter((path) => !files.some((file) => file.path === path));
  if (missing.length > 0) throw new Error(`No such curriculum files: ${missing.join(', ')}`);
  return build(edited);
}

/** `text` with `search` replaced by `replacement`, failing when `search` does not occur exactly once. */
export function replaceOnce(search: string | RegExp, replacement: string): (text: string) => string {
  return (text) => {
    const count = typeof search === 'string' ? text.split(search).length - 1 : (text.match(new RegExp(search.source, `${search.flags.replace('g', '')}g`)) ?? []).length;
    if (count !== 1) throw new Error(`Expected exactly one ${String(search)}, found ${count}`);
    return text.replace(search, replacement);
  };
}
