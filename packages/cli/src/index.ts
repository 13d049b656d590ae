/**
 * `@copekit/cli`: the `copekit` command and its programmatic API.
 *
 * @example
 * ```ts
 * import { build } from '@copekit/cli';
 *
 * const { exitCode, messages } = await build({ dir: 'curriculum', out: 'out/bundle.json' });
 * ```
 *
 * @module
 */

export { build, validate, type BuildOptions, type CheckResult, type ValidateOptions } from './api.js';
export { main } from './main.js';
export type { CliIo } from './io.js';
export { UsageError } from './usage-error.js';
export { SourceError } from './source-error.js';
export { loadBundle, type LoadBundleOptions } from './load-bundle.js';
export { humanReport, type HumanReportOptions } from './human-report.js';
export { jsonReport, type JsonReport } from './json-report.js';
export type { Summary } from './summary.js';
