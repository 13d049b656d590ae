/**
 * A whole synthetic curriculum in memory: manifest, package.json, two
 * instruments, a check-in and a safety lesson, and N generated lessons.
 *
 * @module
 */

import type { SourceFile } from '@copekit/compiler';
import { createRandom } from './random.js';
import { syntheticLesson } from './lesson.js';

/** Options of {@link syntheticCurriculum}. */
export interface SyntheticOptions {
  /** Number of generated lessons (plus a check-in and a safety lesson). */
  lessons: number;
  /** Seed of the generator. Default 1. */
  seed?: number;
}

const modules = ['relaxation', 'pacing', 'reframing', 'sleep'];

/**
 * The source files of a synthetic curriculum, sorted by path. The same
 * options always give the same files.
 *
 * @example
 * ```ts
 * const files = syntheticCurriculum({ lessons: 500 });
 * ```
 */
export function syntheticCurriculum(options: SyntheticOptions): SourceFile[] {
  const random = createRandom(options.seed ?? 1);
  const ids: string[] = [];
  const lessons: SourceFile[] = [];
  for (let index = 0; index < options.lessons; index++) {
    const module = modules[index % modules.length]!;
    const id = `${module}-${String(index + 1).padStart(4, '0')}`;
    const previous = ids.at(-1);
    lessons.push({ path: `${module}/${id}.mdx`, value: syntheticLesson({ id, module, session: index + 1, ...(previous === undefined ? {} : { previous }) }, random) });
    ids.push(id);
  }
  return [
    { path: 'curriculum.yaml', value: manifest(ids) },
    { path: 'package.json', value: '{\n  "name": "@copekit/synthetic-curriculum",\n  "private": true,\n  "version": "1.0.0"\n}\n' },
    { path: 'instruments/mood-check.yaml', value: moodCheck },
    { path: 'instruments/pain-impact.yaml', value: painImpact },
    { path: 'check-in/daily-check-in.mdx', value: checkIn },
    { path: 'safety/crisis-support.mdx', value: safety },
    ...lessons,
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function manifest(sessions: readonly string[]): string {
  return `# yaml-language-server: $schema=../schemas/curriculum.schema.json
id: synthetic-curriculum
title: Synthetic curriculum for benchmarks
locale: en-US
modules:
  - id: relaxation
    title: Relaxation
  - id: pacing
    title: Pacing
  - id: reframing
    title: Changing thoughts
  - id: sleep
    title: Sleep
  - id: check-in
    title: Daily check-in
  - id: safety
    title: Safety
program:
  sessions:
${sessions.map((id) => `    - ${id}`).join('\n')}
  checkIn: daily-check-in
  unlock:
    selfDirected:
      minDays: 7
    guided:
      minDays: 7
      coachApproval: true
safety:
  lesson: crisis-support
  statement: This program is not a crisis service. If you are in danger, call your local emergency number.
instruments:
  - mood-check
  - pain-impact
licences:
  - instrument: pain-impact
    licence: Synthetic licence for benchmarks
crisis:
  defaultRegion: us
  regions:
    - id: us
      name: United States
      resources:
        - id: lifeline-call
          label: Call 988
          description: Call the 988 Suicide and Crisis Lifeline any time.
          channel: call
          contact: "988"
          href: "tel:988"
        - id: emergency
          label: Call 911
          description: Call 911 if you are in immediate danger.
          channel: emergency
          contact: "911"
          href: "tel:911"
`;
}

const moodCheck = `# yaml-language-server: $schema=../../schemas/instrument.schema.json
id: mood-check
title: Mood check
version: "1.0"
citation: Synthetic instrument for benchmarks.
validated: false
licence:
  status: free
  terms: Synthetic; free to use.
instructions: Over the last week, how often did you feel this way?
points:
  - value: 0
    label: Not at all
  - value: 1
    label: Some days
  - value: 2
    label: Most days
items:
  - id: low
    kind: scale
    text: Feeling low
  - id: worry
    kind: scale
    text: Feeling worried
  - id: harm
    kind: scale
    text: Thoughts of hurting yourself
    risk: "> 0"
scoring:
  method: sum
  min: 0
  max: 6
`;

const painImpact = `# yaml-language-server: $schema=../../schemas/instrument.schema.json
id: pain-impact
title: Pain impact
version: "2.0"
citation: Synthetic instrument for benchmarks.
validated: false
licence:
  status: restricted
  terms: Synthetic; pretend a licence is needed.
items:
  - id: pain
    kind: rating
    text: How bad was your pain this week?
    min: 0
    max: 10
    minLabel: No pain
    maxLabel: Worst pain
  - id: work
    kind: rating
    text: How much did pain get in the way of work?
    min: 0
    max: 10
scoring:
  method: mean
  min: 0
  max: 10
`;

const checkIn = `---
id: daily-check-in
title: Daily check-in
module: check-in
kind: check-in
minutes: 2
references:
  - Synthetic reference for benchmarks.
---

<Step id="pain">
<Rating id="pain-now" label="How strong is your pain right now?" min={0} max={10} />
</Step>
`;

const safety = `---
id: crisis-support
title: Get help now
module: safety
kind: safety
minutes: 5
references:
  - Synthetic reference for benchmarks.
---

<Step id="help">
If you are in danger, get help now.

<Crisis />
</Step>

<Step id="follow-up">
<Choice id="safe-now" label="Are you safe right now?">
  <Option value="yes" label="Yes, I am safe" />
  <Option value="no" label="No, I am not safe" risk />
</Choice>

<Rating id="urge" label="How strong is the urge to hurt yourself?" min={0} max={10} risk=">= 1" />

<Choice id="acknowledge" label="Have you read the crisis resources?">
  <Option value="yes" label="Yes, I have read them" />
  <Option value="not-yet" label="Not yet" />
</Choice>
</Step>
`;
