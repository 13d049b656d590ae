/**
 * The curriculum's version: the semver `version` of `curriculum/package.json`,
 * so that changesets version content apart from code.
 *
 * @module
 */

import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { pointAt } from '../parse/position.js';

/** Semantic Versioning 2.0.0, as given by semver.org. */
const semver =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const fix = 'Set `"version"` in package.json to a semantic version such as `"1.0.0"`.';

/**
 * The version in `text` (the contents of `file`, a package.json), or
 * `undefined` when it is missing or not semver (reported).
 *
 * @example
 * readPackageVersion(file, '{ "name": "@copekit/curriculum", "version": "1.2.0" }') // => '1.2.0'
 */
export function readPackageVersion(file: VFile, text: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    report(file, {
      ruleId: 'package-version',
      reason: `package.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`,
      fix: 'Fix the JSON syntax (quotes around keys and strings, commas between entries, none after the last).',
    });
    return undefined;
  }
  const version = typeof data === 'object' && data !== null && 'version' in data ? data.version : undefined;
  if (typeof version === 'string' && semver.test(version)) return version;
  const at = text.search(/"version"\s*:/);
  const start = at === -1 ? undefined : pointAt(text, at);
  report(file, {
    ruleId: 'package-version',
    reason:
      version === undefined
        ? 'package.json has no `version`; the curriculum version comes from it.'
        : `The version ${JSON.stringify(version)} in package.json is not a semantic version.`,
    place: start === undefined ? undefined : { start, end: pointAt(text, at + '"version"'.length, start) },
    fix,
  });
  return undefined;
}
