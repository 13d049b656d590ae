import { parse } from 'csv-parse/sync';
import type { Bundle, SessionRecord } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/fixtures/shipped-bundle.js';
import { simulateTrial } from '../../test/fixtures/simulated-trial.js';
import { exportRecords, type ExportRecordsOptions } from './export-records.js';
import { EXPORT_COLUMNS } from './export-row.js';

let bundle: Bundle;
let records: SessionRecord[];
let jsonl: string;

beforeAll(async () => {
  bundle = await shippedBundle();
  records = simulateTrial(bundle);
  jsonl = records.map((record) => `${JSON.stringify(record)}\n`).join('');
});

async function run(input: string | Uint8Array[], options: Partial<ExportRecordsOptions> = {}) {
  let output = '';
  const summary = await exportRecords(typeof input === 'string' ? [input] : input, {
    bundle,
    write: (chunk) => {
      output += chunk;
    },
    ...options,
  });
  return { output, summary };
}

type Row = Record<string, string>;
const answerRecords = () => records.filter((record) => record.type === 'item.answered' || record.type === 'item.skipped');
const key = (session: string, seq: number | string) => `${session}#${seq}`;
/** Undoes the formula guard of a text cell. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('exportRecords to CSV', () => {
  it('round-trips every answer event of a simulated trial', async () => {
    const { output, summary } = await run(jsonl);
    expect(summary).toMatchObject({ errors: [], stopped: false, records: records.length, lines: records.length });
    const rows = parse(output, { columns: true }) as Row[];
    expect(Object.keys(rows[0]!)).toEqual(EXPORT_COLUMNS);
    const answers = answerRecords();
    expect(rows).toHaveLength(answers.length);
    expect(summary.rows).toBe(answers.length);
    const byKey = new Map(rows.map((row) => [key(row.session!, row.seq!), row]));
    const modes = new Map(records.flatMap((record) => (record.type === 'session.started' ? [[record.session, record.payload.mode]] : [])));
    const hashes = new Map(bundle.lessons.map((lesson) => [lesson.id, lesson.hash]));
    for (const record of answers) {
      const row = byKey.get(key(record.session, record.seq))!;
      expect(row).toMatchObject({
        participant: record.participant,
        time: new Date(record.at).toISOString(),
        curriculum: 'copekit-chronic-pain',
        curriculum_version: record.curriculumVersion,
        bundle_hash: bundle.hash,
        lesson: record.payload.lesson,
        lesson_hash: hashes.get(record.payload.lesson),
        flow: record.flow,
        step: record.step ?? '',
        item: record.payload.item,
        event: record.type === 'item.answered' ? 'answered' : 'skipped',
        mode: modes.get(record.session),
      });
      if (record.type === 'item.skipped') expect(row.value).toBe('');
      else {
        const original = record.payload.value;
        const cell = row.value!;
        const decoded = typeof original === 'number' ? Number(cell) : typeof original === 'string' ? unguard(cell) : JSON.parse(cell);
        expect(decoded).toEqual(original);
      }
    }
  });

  it('marks exactly the answer each completed lesson kept as final, and earlier answers as not final', async () => {
    const rows = parse((await run(jsonl)).output, { columns: true }) as Row[];
    const completed = records.filter((record) => record.type === 'lesson.completed');
    expect(completed.length).toBeGreaterThan(30);
    for (const done of completed) {
      const own = rows.filter((row) => row.session === done.session && row.lesson === done.lesson);
      const finals = own.filter((row) => row.final === 'true');
      expect(Object.fromEntries(finals.map((row) => [row.item, row.value]))).toEqual(
        Object.fromEntries(Object.entries(done.payload.answers).map(([item, value]) => [item, typeof value === 'string' ? (/^[=+\-@]/.test(value) ? `'${value}` : value) : typeof value === 'number' ? String(value) : JSON.stringify(value)])),
      );
    }
    const changed = rows.filter((row, index) => rows.findIndex((other) => other.session === row.session && other.item === row.item) !== index);
    expect(changed.length).toBeGreaterThan(0);
    for (const later of changed) {
      const first = rows.find((row) => row.session === later.session && row.item === later.item)!;
      expect(first.final).toBe('false');
    }
    const skipped = rows.filter((row) => row.event === 'skipped');
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((row) => row.final === 'false')).toBe(true);
  });

  it('scores instrument blocks as the engine does, on the answer that completes them', async () => {
    const rows = parse((await run(jsonl)).output, { columns: true }) as Row[];
    const scored = records.filter((record) => record.type === 'instrument.scored');
    expect(scored.length).toBeGreaterThan(10);
    for (const record of scored) {
      const before = rows.filter((row) => row.session === record.session && Number(row.seq) < record.seq).at(-1)!;
      expect({ instrument: before.instrument, score: Number(before.score), band: before.band }).toEqual({
        instrument: record.payload.instrument,
        score: record.payload.score,
        band: record.payload.band ?? '',
      });
    }
    const plain = rows.filter((row) => row.instrument === '');
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.every((row) => row.score === '' && row.band === '')).toBe(true);
  });

  it('guards formula-like text answers and keeps quotes and line breaks', async () => {
    const { output } = await run(jsonl);
    expect(output).toContain(`"'=HYPERLINK(""http://example.test"",""click""), ""quoted""\nand a second line"`);
    expect(output).toContain(`,'-5 is how I felt,`);
    expect(output).toContain(`,'@home all day,`);
    expect(output).not.toMatch(/,=HYPERLINK/);
  });

  it('gives the same output whatever the chunking of the input bytes', async () => {
    const bytes = new TextEncoder().encode(jsonl);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 997) }, (_, index) => bytes.slice(index * 997, (index + 1) * 997));
    expect((await run(chunks)).output).toBe((await run(jsonl)).output);
  });
});

describe('exportRecords to JSONL', () => {
  it('writes one JSON row per answer event with the exact values', async () => {
    const { output } = await run(jsonl, { format: 'jsonl' });
    const rows = output.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const answers = answerRecords();
    expect(rows).toHaveLength(answers.length);
    expect(Object.keys(rows[0]!)).toEqual(EXPORT_COLUMNS);
    const byKey = new Map(rows.map((row) => [key(row.session as string, row.seq as number), row]));
    for (const record of answers) {
      expect(byKey.get(key(record.session, record.seq))!.value).toEqual(record.type === 'item.answered' ? record.payload.value : null);
    }
  });
});

describe('exportRecords with bad input', () => {
  it('lists bad lines with their numbers and what is wrong, and exports the rest', async () => {
    const lines = jsonl.trimEnd().split('\n');
    const answer = records.findIndex((record) => record.type === 'item.answered');
    const broken = JSON.parse(lines[answer]!) as { payload: Record<string, unknown> };
    delete broken.payload.item;
    const foreign = { ...(JSON.parse(lines[answer]!) as object), bundleHash: `sha256:${'0'.repeat(64)}` };
    const input = [lines[0], '{"type": "item.answered",', JSON.stringify(broken), '', JSON.stringify(foreign), ...lines.slice(1)].join('\n');
    const { output, summary } = await run(input);
    expect(summary.errors.map(({ line }) => line)).toEqual([2, 3, 5]);
    expect(summary.errors[0]!.message).toMatch(/^is not JSON \(.+\); each line must be one record written as JSON\.$/);
    expect(summary.errors[1]!.message).toContain('/payload/item is required');
    expect(summary.errors[2]!.message).toContain(`was written with bundle sha256:${'0'.repeat(64)}`);
    expect(summary.errors[2]!.message).toContain(bundle.hash);
    expect(summary.stopped).toBe(false);
    expect(parse(output, { columns: true })).toHaveLength(answerRecords().length);
  });

  it('stops after maxErrors bad lines', async () => {
    const { summary } = await run(`x\ny\nz\n${jsonl}`, { maxErrors: 2 });
    expect(summary.errors.map(({ line }) => line)).toEqual([1, 2]);
    expect(summary.stopped).toBe(true);
    expect(summary.records).toBe(0);
  });
});
