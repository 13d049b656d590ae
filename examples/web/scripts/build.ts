/**
 * Builds the participant site (no author tools) into `dist/`:
 * `pnpm --filter @copekit/example-web build`. Fails on any compiler error.
 */
import { build } from 'vite';
import { webConfig } from '../web-config.js';

await build(webConfig());
