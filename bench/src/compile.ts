/**
 * `pnpm bench:compile [--lessons N] [--runs N] [--check]`: times the copekit
 * compiler against baselines measured in the same run, on a deterministic
 * synthetic curriculum.
 *
 * (a) a bare unified + remark-parse + remark-mdx parse of every lesson (one
 *     processor, `processor.parse` per file): the floor any MDX checker pays;
 * (b) `@mdx-js/mdx` `compile` of every lesson (what an MDX-to-JS build costs;
 *     the YAML front matter is left in: MDX reads it as Markdown, without error);
 * (c) a full copekit `compile` with a fresh cache;
 * (d) a copekit rebuild after one lesson changed, with the cache of (c).
 *
 * Prints the median times, and the ratios c/a (target ≤ 1.25), b/c (≥ 1.6)
 * and d/c (≤ 0.05), each the median of the ratios within a round, with their
 * range over the rounds. With `--check`, exits 1 when a target is missed. Imports the
 * built compiler (`pnpm build` first).
 *
 * @module
 */

import { parseArgs } from 'node:util';
import { compile as compileMdx } from '@mdx-js/mdx';
import { compile, createMemoryCache, type CompileCache, type SourceFile } from '@copekit/compiler';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { median, pairedRatio, timeInterleaved } from './measure.js';
import { syntheticCurriculum } from './synthetic/index.js';

const { values } = parseArgs({
  options: {
    lessons: { type: 'string', default: '500' },
    runs: { type: 'string', default: '5' },
    check: { type: 'boolean', default: false },
  },
});
const lessonCount = Number(values.lessons);
const runs = Number(values.runs);
if (!Number.isInteger(lessonCount) || lessonCount < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('Usage: pnpm bench:compile [--lessons N] [--runs N] [--check]');
  process.exit(2);
}

const files = syntheticCurriculum({ lessons: lessonCount });
const lessons = files.filter((file) => file.path.endsWith('.mdx'));
const bytes = lessons.reduce((total, file) => total + Buffer.byteLength(file.value), 0);

// Sanity: the synthetic curriculum must compile without errors, or (c) and (d) measure a failing build.
const check = compile(files);
const errors = check.messages.filter((message) => message.fatal === true);
if (check.bundle === undefined || errors.length > 0) {
  console.error(`The synthetic curriculum does not compile (${errors.length} errors):`);
  for (const message of errors.slice(0, 20)) console.error(`  ${message.file}:${message.line}:${message.column} ${message.reason} [${message.ruleId}]`);
  process.exit(1);
}

const processor = unified().use(remarkParse).use(remarkMdx);
const parseAll = () => {
  for (const file of lessons) processor.parse(file.value);
};
const compileAllMdx = async () => {
  for (const file of lessons) await compileMdx(file.value);
};

/** The files with one generated lesson edited: a sentence added to its first paragraph, different per round. */
const marker = '## Welcome back\n\n';
const editable = lessons.filter((file) => file.value.includes(marker));
function withOneEdit(round: number): SourceFile[] {
  const target = editable[round % editable.length]!;
  const value = target.value.replace(marker, `${marker}This is edit number ${round + 1}. `);
  return files.map((file) => (file === target ? { path: file.path, value } : file));
}

const warmCache: CompileCache = createMemoryCache();
compile(files, { cache: warmCache });

const edits = Array.from({ length: runs + 1 }, (_, round) => withOneEdit(round));
const times = await timeInterleaved(
  {
    a: parseAll,
    b: compileAllMdx,
    c: () => compile(files, { cache: createMemoryCache() }),
    d: (round) => compile(edits[round]!, { cache: warmCache }),
  },
  runs,
);

const [a, b, c, d] = [median(times.a), median(times.b), median(times.c), median(times.d)];
const targets = [
  { name: 'c/a', ratio: pairedRatio(times.c, times.a), target: 1.25, better: 'lower' },
  { name: 'b/c', ratio: pairedRatio(times.b, times.c), target: 1.6, better: 'higher' },
  { name: 'd/c', ratio: pairedRatio(times.d, times.c), target: 0.05, better: 'lower' },
] as const;

const ms = (value: number) => `${value.toFixed(1).padStart(9)} ms`;
console.log(
  `copekit compile benchmark: ${lessonCount} synthetic lessons + 2 (${(bytes / 1024 / 1024).toFixed(2)} MB of MDX, ${check.messages.length} warnings), median of ${runs} interleaved rounds after a warm-up`,
);
console.log(`(a) unified + remark-parse + remark-mdx parse ${ms(a)}`);
console.log(`(b) @mdx-js/mdx compile                      ${ms(b)}`);
console.log(`(c) copekit compile, fresh cache             ${ms(c)}`);
console.log(`(d) copekit rebuild, one lesson changed      ${ms(d)}`);
let missed = 0;
for (const { name, ratio, target, better } of targets) {
  const pass = better === 'lower' ? ratio.median <= target : ratio.median >= target;
  if (!pass) missed++;
  const range = `(rounds ${ratio.min.toFixed(3)}–${ratio.max.toFixed(3)})`;
  console.log(`${name} = ${ratio.median.toFixed(3).padStart(6)}  target ${better === 'lower' ? '≤' : '≥'} ${target}  ${pass ? 'PASS' : 'MISS'}  ${range}`);
}
if (values.check && missed > 0) process.exitCode = 1;
