/**
 * Builds the web example into a temporary folder with Vite's JS API.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { webConfig } from '../../web-config.js';

/** A built site: its folder, and `remove()`. */
export interface BuiltSite {
  dir: string;
  remove(): Promise<void>;
}

/** Builds the participant site (no author tools) from the shipped curriculum. */
export async function buildSite(): Promise<BuiltSite> {
  const dir = await mkdtemp(join(tmpdir(), 'copekit-web-'));
  await build(webConfig({ outDir: dir, logLevel: 'warn' }));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
