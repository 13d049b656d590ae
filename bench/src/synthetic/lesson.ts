/**
 * One synthetic lesson: a few KB of MDX that uses every component and every
 * Markdown construct the compiler accepts, with varied prose.
 *
 * @module
 */

import { activity, feeling, paragraph, sentence } from './prose.js';
import type { Random } from './random.js';

/** Where a synthetic lesson sits in the curriculum. */
export interface LessonPlace {
  /** Lesson id. */
  id: string;
  /** Module id. */
  module: string;
  /** Session number, 1-based. */
  session: number;
  /** Id of the lesson before it in the program, whose items it may refer to. */
  previous?: string;
}

const titles = ['Understanding your pain', 'Pace your day', 'Calm your body', 'Catch unhelpful thoughts', 'Rest and sleep', 'Plan for setbacks', 'Move a little more', 'Talk to yourself kindly'];

/** The MDX text of a synthetic lesson. */
export function syntheticLesson(place: LessonPlace, random: Random): string {
  const title = `${random.pick(titles)} (${place.session})`;
  const options = random.sample(['chores', 'yard', 'shopping', 'cooking', 'walking', 'computer'], 4);
  const crossLesson = place.previous === undefined ? '' : ` or ${place.previous}.pain-before >= 7`;
  return `---
id: ${place.id}
title: ${title}
module: ${place.module}
session: ${place.session}
minutes: ${random.int(20, 45)}
summary: ${sentence(random)}
objectives:
  - Notice how ${activity(random)} affects your pain
  - Make a plan for ${activity(random)}
references:
  - Heapy AA et al. JAMA Intern Med. 2017;177(6):765-773.
  - Williams ACdeC et al. Cochrane Database Syst Rev. 2020;8:CD007407.
---

{/* Synthetic lesson ${place.session}, generated for the compile benchmark. */}

<Step id="welcome" title="${title}">
## Welcome back

${paragraph(random)} This week is about *small* changes that **last**.

${paragraph(random)} Read more on [the program site](https://example.org/lessons/${place.id}), call [our line](tel:+15550100), or [write to us](mailto:help@example.org).

- ${sentence(random)}
- ${sentence(random)}
- ${sentence(random)}

1. Sit somewhere comfortable.
2. ${sentence(random)}
3. Take one slow breath before you start.

> ${sentence(random)}

---

Type \`pause\` whenever you need a break.\\
${sentence(random)} Some apps write scores as \\{0-10\\}; here \\<0 means nothing.

<Rating id="pain-before" label="How strong is your pain right now?" min={0} max={10} minLabel="No pain" maxLabel="Worst pain you can imagine" />
</Step>

<Step id="learn" title="What to know">
### Why this matters

${paragraph(random, 3, 5)}

${paragraph(random, 3, 5)}

<Choice id="activities" label="Which of these do you tend to overdo?" multiple>
${options.map((value) => `  <Option value="${value}" label="${value[0]!.toUpperCase()}${value.slice(1)}" />`).join('\n')}
</Choice>

<Choice id="feeling" label="How do you feel about this week?">
  <Option value="ok" label="I feel okay" />
  <Option value="low" label="I feel ${feeling(random)}" />
  <Option value="unsafe" label="I do not feel safe" risk />
</Choice>

<Show when="includes(activities, '${options[0]}') and pain-before >= 5">
${paragraph(random)}
</Show>

<Show when="not answered(feeling) or feeling == 'low'">
${paragraph(random, 1, 3)}
</Show>
</Step>

<Step id="practice" title="Practice">
${paragraph(random)}

<Practice id="breathing" title="Slow breathing" minutes={5}>
  <Cue at="0:00">Sit back and let your eyes close.</Cue>
  <Cue at="0:40">Breathe in slowly for four counts.</Cue>
  <Cue at="1:30">Let your shoulders drop as you breathe out.</Cue>
  <Cue at="3:00">Notice where your body feels a little softer.</Cue>
  <Cue at="4:30">When you are ready, open your eyes.</Cue>
</Practice>

<CoachNote>
Ask how the practice felt. ${sentence(random)}

- Did anything get in the way?
- What would make it easier next time?
</CoachNote>

<Rating id="pain-after" label="How strong is your pain now?" min={0} max={10} optional />
</Step>

<Step id="reflect" title="Your thoughts">
${paragraph(random)}

<ThoughtRecord id="thought" label="Look at one thought from this week" optional />

<TextEntry id="note" label="What do you want to remember?" maxLength={500} optional />

<NumberEntry id="active-minutes" label="How many minutes were you active yesterday?" min={0} max={600} unit="minutes" integer />

<Show when="active-minutes > 60${crossLesson}">
${paragraph(random, 1, 2)}
</Show>
</Step>

<Step id="measure" title="Check in">
${sentence(random)}

<Instrument ref="mood-check" />

<Instrument ref="pain-impact" id="impact" />

<Show when="mood-check >= 3 or impact > 6">
${paragraph(random, 1, 2)}

<Crisis />
</Show>
</Step>

<Step id="plan" title="Your plan">
${paragraph(random)}

<Homework id="daily-practice" skill="slow-breathing" per="day" times={2} days={7}>
Practise slow breathing **twice** a day, ${sentence(random).toLowerCase()}
</Homework>

<Homework id="weekly-pacing" skill="pacing" per="week" times={3}>
Plan ${activity(random)} in short parts three times this week.
</Homework>
</Step>
`;
}
