/**
 * The requests of the research commands (`lock`, `diff`, `archive`,
 * `export`, `report`), from their parsed arguments.
 *
 * @module
 */

import type { Values } from './args.js';
import { defaultDir, type ResearchCommandName } from './options.js';
import { UsageError } from './usage-error.js';

/** What a research command is asked to do. Sources are bundle files, curriculum folders or (for `diff`) git revisions. */
export type ResearchRequest =
  | { command: 'lock'; source: string; out: string; check: boolean }
  | { command: 'diff'; old: string; new: string; format: 'md' | 'json' | 'text'; out?: string }
  | { command: 'archive'; source: string; out: string }
  | { command: 'export'; records: string; bundle: string; format: 'csv' | 'jsonl'; out?: string; maxErrors: number }
  | { command: 'report'; records: string; bundle: string; format: 'text' | 'json'; out?: string; maxErrors: number };

/** The request of a research command. Throws a {@link UsageError} for missing or extra arguments and required options. */
export function researchRequest(command: ResearchCommandName, values: Values): ResearchRequest {
  const { positionals, options } = values;
  const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  const out = text('out');
  const optionalOut = out === undefined ? {} : { out };
  switch (command) {
    case 'lock':
      arity(command, positionals, 0, 1, '[source]');
      return { command, source: positionals[0] ?? defaultDir, out: out ?? 'copekit.lock.json', check: options.check === true };
    case 'diff':
      arity(command, positionals, 2, 2, '<old> <new>');
      return { command, old: positionals[0]!, new: positionals[1]!, format: (text('format') ?? 'md') as 'md' | 'json' | 'text', ...optionalOut };
    case 'archive':
      arity(command, positionals, 1, 1, '<source>');
      if (out === undefined) throw new UsageError('`copekit archive` needs `--out <dir>`.', 'For example: `copekit archive curriculum --out archive/1.0.0`.');
      return { command, source: positionals[0]!, out };
    case 'export':
    case 'report': {
      arity(command, positionals, 1, 1, '<records.jsonl>');
      const bundle = text('bundle');
      if (bundle === undefined) {
        throw new UsageError(`\`copekit ${command}\` needs \`--bundle <source>\`.`, `For example: \`copekit ${command} records.jsonl --bundle out/bundle.json\` (a bundle file or a curriculum folder).`);
      }
      const maxErrors = positiveInteger(text('max-errors') ?? '20');
      const records = positionals[0]!;
      if (command === 'export') return { command, records, bundle, format: (text('format') ?? 'csv') as 'csv' | 'jsonl', maxErrors, ...optionalOut };
      return { command, records, bundle, format: (text('format') ?? 'text') as 'text' | 'json', maxErrors, ...optionalOut };
    }
  }
}

function arity(command: ResearchCommandName, positionals: readonly string[], min: number, max: number, args: string): void {
  if (positionals.length > max) {
    throw new UsageError(`Too many arguments: \`${positionals.join(' ')}\`.`, `\`copekit ${command}\` takes ${args}; put options after them.`);
  }
  if (positionals.length < min) {
    throw new UsageError(`\`copekit ${command}\` needs ${args}.`, `Run \`copekit ${command} --help\` for an example.`);
  }
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (Number.isInteger(number) && number > 0) return number;
  throw new UsageError(`\`--max-errors\` must be a whole number above 0, not \`${value}\`.`, 'For example: `--max-errors 50`.');
}
