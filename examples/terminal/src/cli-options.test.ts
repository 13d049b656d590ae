import { describe, expect, it } from 'vitest';
import { optionDeclarations, parseOptions, usage } from './cli-options.js';

describe('parseOptions', () => {
  it('reads the declared options, ignoring the `--` pnpm may pass on', () => {
    expect(parseOptions(['--', '--lesson', 'weekly-mood', '--mode=guided', '--help'])).toEqual({ lesson: 'weekly-mood', mode: 'guided', help: true });
    expect(parseOptions([])).toEqual({});
  });

  it('refuses unknown options, values for flags and missing values', () => {
    expect(() => parseOptions(['--lessons', 'x'])).toThrow(/Unknown option '--lessons'/);
    expect(() => parseOptions(['--lesson'])).toThrow(/argument missing/);
    expect(() => parseOptions(['extra'])).toThrow(/positional argument/);
  });
});

describe('usage', () => {
  it('lists every declared option with its value and default', () => {
    const text = usage();
    for (const option of optionDeclarations) expect(text).toContain(`--${option.name}`);
    expect(text).toContain('--mode <self-directed|guided>       Delivery mode. Default: self-directed.');
    expect(text.split('\n').slice(0, 3)).toEqual(['Usage: pnpm start [options]', '', 'Runs a lesson of the compiled curriculum in the terminal.']);
  });
});
