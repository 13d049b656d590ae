/**
 * The version of `@copekit/program`, stamped on every program record and
 * snapshot. A test keeps it equal to the `version` in `package.json`.
 *
 * @example
 * ```ts
 * import { PROGRAM_VERSION } from '@copekit/program';
 * console.log(`program ${PROGRAM_VERSION}`);
 * ```
 */
export const PROGRAM_VERSION = '0.1.0';
