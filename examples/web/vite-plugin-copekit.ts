/**
 * A small Vite plugin that compiles a Copekit curriculum and serves it to the
 * page as the virtual module `virtual:copekit/bundle`.
 *
 * - In a build, the curriculum is compiled once; any compiler error fails the
 *   build with `file:line:column rule message` lines.
 * - In preview mode (the dev server), the curriculum folder is watched: every
 *   save recompiles it (with a memory cache, so only changed lessons are
 *   parsed again) and pushes `{ bundle, messages }` to the page as the HMR
 *   custom event `copekit:update`. A curriculum with errors is pushed with
 *   `bundle: null`, so the page keeps the last good lesson and shows the
 *   messages.
 *
 * @module
 */

import { compile, createMemoryCache, serializeMessage, type SerializedMessage } from '@copekit/compiler';
import { readCurriculum, watchCurriculum } from '@copekit/compiler/node';
import type { Bundle } from '@copekit/schema';
import type { Plugin, ViteDevServer } from 'vite';

/** The id pages import. */
export const bundleModuleId = 'virtual:copekit/bundle';
const resolvedBundleModuleId = `\0${bundleModuleId}`;

/** The HMR custom event that carries a recompiled curriculum in preview mode. */
export const updateEvent = 'copekit:update';

/** What the plugin compiled: the bundle (`null` when there were errors) and every message. */
export interface CompiledCurriculum {
  bundle: Bundle | null;
  messages: SerializedMessage[];
}

/** Options of {@link copekit}. */
export interface CopekitPluginOptions {
  /** Path of the curriculum folder (with `curriculum.yaml`). */
  curriculum: string;
  /** Author preview: watch the curriculum on the dev server and show messages in the page. */
  preview?: boolean;
}

/**
 * The plugin.
 *
 * @example
 * ```ts
 * import { build } from 'vite';
 * import { copekit } from './vite-plugin-copekit.js';
 *
 * await build({ plugins: [copekit({ curriculum: '../../curriculum' })] });
 * ```
 */
export function copekit(options: CopekitPluginOptions): Plugin {
  const preview = options.preview ?? false;
  const cache = createMemoryCache();
  let latest: Promise<CompiledCurriculum> | undefined;
  const compileNow = (): Promise<CompiledCurriculum> => compileCurriculum(options.curriculum, cache);

  return {
    name: 'copekit',
    resolveId(id) {
      return id === bundleModuleId ? resolvedBundleModuleId : undefined;
    },
    async load(id) {
      if (id !== resolvedBundleModuleId) return undefined;
      latest ??= compileNow();
      const compiled = await latest;
      if (compiled.bundle === null && !preview) {
        this.error(`The curriculum has errors:\n${compiled.messages.map(formatMessage).join('\n')}`);
      }
      return bundleModule(compiled, preview);
    },
    configureServer(server) {
      if (!preview) return;
      const watcher = watchCurriculum(
        options.curriculum,
        async (paths) => {
          latest = compileNow();
          const compiled = await latest;
          invalidateBundleModule(server);
          report(server, paths, compiled);
          server.ws.send({ type: 'custom', event: updateEvent, data: compiled });
        },
        { onError: (error) => server.config.logger.error(`copekit: ${error.message}`) },
      );
      server.httpServer?.once('close', () => watcher.close());
    },
  };
}

/** Reads and compiles the curriculum in `dir`. */
export async function compileCurriculum(dir: string, cache = createMemoryCache()): Promise<CompiledCurriculum> {
  const { bundle, messages } = compile(await readCurriculum(dir), { cache });
  return { bundle: bundle ?? null, messages: messages.map(serializeMessage) };
}

/** `file:line:column severity message [rule]`, as editors link it. */
export function formatMessage(message: SerializedMessage): string {
  const place = message.line === undefined ? message.file : `${message.file}:${message.line}:${message.column ?? 1}`;
  const fix = message.fix === undefined ? '' : ` (${message.fix})`;
  return `${place} ${message.severity} ${message.reason}${fix} [${message.ruleId}]`;
}

/** The source of the virtual module. The bundle is parsed from a string: faster than a JS object literal. */
export function bundleModule(compiled: CompiledCurriculum, preview: boolean): string {
  return [
    `export const bundle = JSON.parse(${JSON.stringify(JSON.stringify(compiled.bundle))});`,
    `export const messages = ${JSON.stringify(preview ? compiled.messages : [])};`,
    `export const preview = ${JSON.stringify(preview)};`,
  ].join('\n');
}

function invalidateBundleModule(server: ViteDevServer): void {
  const graph = server.environments.client.moduleGraph;
  const module = graph.getModuleById(resolvedBundleModuleId);
  if (module !== undefined) graph.invalidateModule(module);
}

function report(server: ViteDevServer, paths: string[], compiled: CompiledCurriculum): void {
  const errors = compiled.messages.filter((message) => message.severity === 'error').length;
  const warnings = compiled.messages.length - errors;
  server.config.logger.info(`copekit: ${paths.join(', ')} changed; ${errors} error(s), ${warnings} warning(s)`, { timestamp: true });
  for (const message of compiled.messages) server.config.logger.info(`  ${formatMessage(message)}`);
}
