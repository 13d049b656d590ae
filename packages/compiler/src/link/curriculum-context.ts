/**
 * Reads what every lesson depends on: `curriculum.yaml` and the instrument
 * definitions. They are read on every build (they are small); the lesson
 * cache keys include their hash, so a change here re-lowers every lesson.
 *
 * @module
 */

import type { InstrumentDefinition } from '@copekit/schema';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { report } from '../diagnostics.js';
import type { ContextInstrument, LessonContext } from '../lower/context.js';
import { didYouMean } from '../lower/did-you-mean.js';
import type { SourceFile } from '../types.js';
import { compareCodePoints } from '../hash/canonical-json.js';
import { readInstrumentFile } from './instrument-file.js';
import { readManifest, type ManifestSource } from './manifest.js';

/** The manifest path, relative to the curriculum root. */
export const manifestPath = 'curriculum.yaml';

/** The curriculum around the lessons. */
export interface CurriculumContext {
  /** The manifest (`manifest` is `undefined` when invalid or missing). */
  manifest: ManifestSource;
  /** What lessons are lowered against. */
  lessons: LessonContext;
  /** Declared, valid instrument definitions, sorted by id. */
  instruments: InstrumentDefinition[];
  /** Messages about the manifest and instrument files. */
  messages: VFileMessage[];
}

/**
 * Reads the manifest and instrument files (`instruments` sorted by path).
 *
 * @example
 * const context = readCurriculumContext(manifestFile, instrumentFiles, 6);
 * context.lessons.modules; // => ['foundations', 'relaxation', …]
 */
export function readCurriculumContext(
  manifestSource: SourceFile | undefined,
  instrumentSources: readonly SourceFile[],
  maxReadingGrade: number,
): CurriculumContext {
  const manifestFile = new VFile({ path: manifestPath });
  if (manifestSource === undefined) {
    report(manifestFile, {
      ruleId: 'manifest',
      reason: 'The curriculum has no curriculum.yaml.',
      fix: 'Add curriculum.yaml at the root of the curriculum, with its id, title, locale, modules, program, safety, instruments and crisis resources.',
    });
  }
  const manifest = manifestSource === undefined ? { manifest: undefined, locate: () => undefined, span: () => undefined } : readManifest(manifestFile, manifestSource.value);
  // Without a valid manifest, nothing can be said about declarations and
  // licences: assume them rather than report every use.
  const known = manifest.manifest;
  const declared = (id: string) => known === undefined || known.instruments.includes(id);
  const licensed = (id: string) => known === undefined || (known.licences ?? []).some((licence) => licence.instrument === id);
  const messages: VFileMessage[] = [];
  const instruments = new Map<string, ContextInstrument>();
  for (const source of instrumentSources) {
    const file = new VFile({ path: source.path });
    const id = instrumentId(source.path);
    const definition = readInstrumentFile(file, source.value, { licensed: licensed(id) });
    messages.push(...file.messages);
    instruments.set(id, { definition, path: source.path, declared: declared(id) });
  }
  known?.instruments.forEach((id, index) => {
    if (instruments.has(id)) return;
    report(manifestFile, {
      ruleId: 'unknown-instrument',
      reason: `Instrument \`${id}\` is listed but has no definition file \`instruments/${id}.yaml\`.`,
      place: manifest.locate(['instruments', index]),
      fix: didYouMean(id, instruments.keys(), `Add \`instruments/${id}.yaml\`, or remove \`${id}\` from \`instruments\`.`),
    });
  });
  const bundled: InstrumentDefinition[] = [];
  for (const [id, instrument] of instruments) {
    if (instrument.definition !== undefined && known?.instruments.includes(id) === true) bundled.push(instrument.definition);
  }
  return {
    manifest,
    lessons: { modules: known?.modules.map((module) => module.id), instruments, maxReadingGrade },
    instruments: bundled.sort((a, b) => compareCodePoints(a.id, b.id)),
    messages: [...manifestFile.messages, ...messages],
  };
}

/** `instruments/phq-9.yaml` → `phq-9`. */
function instrumentId(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
}
