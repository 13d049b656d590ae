/**
 * The version of the CLI, from its package.json.
 *
 * @module
 */

import packageJson from '../package.json' with { type: 'json' };

/** The version of `@copekit/cli`, printed by `copekit --version`. */
export const version: string = packageJson.version;
