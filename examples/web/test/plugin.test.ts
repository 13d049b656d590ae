/**
 * The Vite plugin that compiles the curriculum: its module, its messages,
 * and a build that fails on compiler errors.
 */
import type { Bundle } from '@copekit/schema';
import { build, type Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webConfig } from '../web-config.js';
import { bundleModule, bundleModuleId, compileCurriculum, copekit, formatMessage, type CompiledCurriculum } from '../vite-plugin-copekit.js';
import { copyCurriculum, type CurriculumCopy } from './support/curriculum-copy.js';

let broken: CurriculumCopy;
beforeAll(async () => {
  broken = await copyCurriculum();
  await broken.edit('check-in/daily-check-in.mdx', (text) => text.replace('<Rating id="pain-today"', '<Ratng id="pain-today"'));
});
afterAll(() => broken?.remove());

async function importModule(code: string): Promise<{ bundle: Bundle | null; messages: unknown[]; preview: boolean }> {
  return import(`data:text/javascript,${encodeURIComponent(code)}`);
}

describe('formatMessage', () => {
  it('prints file:line:column, severity, reason, fix and rule', () => {
    expect(formatMessage({ reason: '`<Ratng>` is not a Copekit component.', ruleId: 'unknown-component', severity: 'error', file: 'check-in/daily-check-in.mdx', line: 20, column: 1, fix: 'Did you mean `Rating`?' })).toBe(
      'check-in/daily-check-in.mdx:20:1 error `<Ratng>` is not a Copekit component. (Did you mean `Rating`?) [unknown-component]',
    );
    expect(formatMessage({ reason: 'Hard to read', ruleId: 'readability', severity: 'warning', file: 'a.mdx' })).toBe('a.mdx warning Hard to read [readability]');
  });
});

describe('bundleModule', () => {
  it('exports the bundle, the messages in preview only, and the mode', async () => {
    const compiled: CompiledCurriculum = { bundle: { hash: 'sha256:1' } as Bundle, messages: [{ reason: 'r', ruleId: 'x', severity: 'warning', file: 'f' }] };
    const built = await importModule(bundleModule(compiled, false));
    expect(built).toMatchObject({ bundle: { hash: 'sha256:1' }, messages: [], preview: false });
    const previewed = await importModule(bundleModule(compiled, true));
    expect(previewed).toMatchObject({ messages: compiled.messages, preview: true });
    expect((await importModule(bundleModule({ bundle: null, messages: [] }, true))).bundle).toBeNull();
  });
});

describe('compileCurriculum', () => {
  it('returns no bundle and positioned messages for a curriculum with errors', async () => {
    const { bundle, messages } = await compileCurriculum(broken.dir);
    expect(bundle).toBeNull();
    expect(messages[0]).toMatchObject({ ruleId: 'unknown-component', severity: 'error', file: 'check-in/daily-check-in.mdx', line: 20, column: 1 });
  });
});

describe('the plugin', () => {
  it('serves the virtual module with the errors in preview mode', async () => {
    const plugin = copekit({ curriculum: broken.dir, preview: true }) as Plugin & { resolveId(id: string): string | undefined; load(this: unknown, id: string): Promise<string | undefined> };
    const id = plugin.resolveId(bundleModuleId)!;
    expect(plugin.resolveId('other')).toBeUndefined();
    const module = await importModule((await plugin.load.call({ error: (message: string) => { throw new Error(message); } }, id))!);
    expect(module.bundle).toBeNull();
    expect(module.preview).toBe(true);
    expect(module.messages).toContainEqual(expect.objectContaining({ ruleId: 'unknown-component', line: 20 }));
  });

  it('fails a build with the compiler messages', async () => {
    const failure = await build(webConfig({ curriculum: broken.dir, outDir: `${broken.dir}/dist`, logLevel: 'silent' })).then(
      () => null,
      (error: Error) => error,
    );
    expect(failure?.message).toContain('The curriculum has errors:');
    expect(failure?.message).toContain('check-in/daily-check-in.mdx:20:1 error `<Ratng>` is not a Copekit component. (Did you mean `Rating`?) [unknown-component]');
  });
});
