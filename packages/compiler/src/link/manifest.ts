/**
 * Reads `curriculum.yaml`: YAML with positions, validated against the
 * curriculum schema, then the checks the schema cannot express (unique
 * module ids, licences for declared instruments, a default crisis region
 * that exists).
 *
 * @module
 */

import type { CurriculumManifest } from '@copekit/schema';
import { curriculumSchema, validateCurriculum } from '@copekit/schema';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { didYouMean } from '../lower/did-you-mean.js';
import { IdScope } from '../lower/id-scope.js';
import { checkSchema } from './schema-problems.js';
import { readYamlSource, type YamlSource } from './yaml-source.js';

/** The manifest and where its parts are written. */
export interface ManifestSource {
  /** The manifest, or `undefined` when it is invalid (reported). */
  manifest: CurriculumManifest | undefined;
  locate: YamlSource['locate'];
  span: YamlSource['span'];
}

/**
 * Reads and checks the manifest in `text` (the contents of `file`).
 *
 * @example
 * const { manifest } = readManifest(new VFile({ path: 'curriculum.yaml' }), text);
 * manifest?.safety.lesson; // => 'crisis-support'
 */
export function readManifest(file: VFile, text: string): ManifestSource {
  const { data, locate, span } = readYamlSource(file, text, 'manifest');
  if (data === undefined) return { manifest: undefined, locate, span };
  const schema = { ruleId: 'manifest', what: 'curriculum.yaml', schema: curriculumSchema, locate, fallback: undefined } as const;
  if (!checkSchema(file, validateCurriculum, data, schema)) return { manifest: undefined, locate, span };
  const manifest = data;
  const modules = new IdScope('module', 'curriculum.yaml');
  manifest.modules.forEach((module, index) => modules.add(file, module.id, locate(['modules', index])));
  const instruments = new IdScope('instrument', 'curriculum.yaml');
  manifest.instruments.forEach((id, index) => instruments.add(file, id, locate(['instruments', index])));
  manifest.licences?.forEach((licence, index) => {
    if (manifest.instruments.includes(licence.instrument)) return;
    report(file, {
      ruleId: 'unknown-instrument',
      reason: `A licence is declared for \`${licence.instrument}\`, which is not listed under \`instruments\`.`,
      place: locate(['licences', index]),
      fix: didYouMean(licence.instrument, manifest.instruments, `Add \`- ${licence.instrument}\` under \`instruments\`, or remove the licence.`),
    });
  });
  const regions = manifest.crisis.regions.map((region) => region.id);
  if (!regions.includes(manifest.crisis.defaultRegion)) {
    report(file, {
      ruleId: 'manifest',
      reason: `The default crisis region \`${manifest.crisis.defaultRegion}\` is not one of the regions listed under \`crisis.regions\`.`,
      place: locate(['crisis', 'defaultRegion']),
      fix: didYouMean(manifest.crisis.defaultRegion, regions, `Use one of ${regions.map((id) => `\`${id}\``).join(', ')}.`),
    });
  }
  return { manifest, locate, span };
}
