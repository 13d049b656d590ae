/**
 * The version of `@copekit/engine`, stamped on every record and snapshot.
 * A test keeps it equal to the `version` in `package.json`.
 *
 * @example
 * ```ts
 * import { ENGINE_VERSION } from '@copekit/engine';
 * console.log(`engine ${ENGINE_VERSION}`);
 * ```
 */
export const ENGINE_VERSION = '0.1.0';
