/**
 * Plain patient-facing prose for synthetic lessons: sentences about pain,
 * pacing, relaxation, thoughts and sleep, filled in with varied words so that
 * no two paragraphs are the same and the readability rule has real text.
 *
 * @module
 */

import type { Random } from './random.js';

const activities = ['gardening', 'walking the dog', 'cleaning the kitchen', 'shopping', 'cooking dinner', 'playing with your grandchildren', 'doing laundry', 'working at a desk', 'driving', 'visiting friends', 'reading', 'painting'];
const places = ['your back', 'your neck', 'your knees', 'your shoulders', 'your hips', 'your hands', 'your feet', 'your jaw'];
const times = ['in the morning', 'after lunch', 'in the evening', 'before bed', 'on busy days', 'on quiet days', 'at work', 'at the weekend'];
const feelings = ['tired', 'worried', 'frustrated', 'calm', 'hopeful', 'tense', 'low', 'restless'];
const people = ['a friend', 'your partner', 'your doctor', 'your coach', 'a neighbour', 'your sister', 'a coworker'];

const sentences: readonly ((random: Random) => string)[] = [
  (r) => `Many people with long-term pain notice it most ${r.pick(times)}.`,
  (r) => `Pain in ${r.pick(places)} can make ${r.pick(activities)} feel much harder than it used to.`,
  () => 'Pain is real, and it is also shaped by stress, sleep and mood.',
  (r) => `When you feel ${r.pick(feelings)}, your muscles often tighten without you noticing.`,
  (r) => `Try to notice what happens in ${r.pick(places)} when you feel ${r.pick(feelings)}.`,
  () => 'Small steps add up over time.',
  (r) => `You might plan ${r.pick(activities)} in short parts, with a break between each part.`,
  () => 'A break is not a reward for finishing. It is part of the plan.',
  (r) => `Some people find that ${r.pick(activities)} goes better ${r.pick(times)}.`,
  () => 'Doing too much on a good day can lead to a flare-up the next day.',
  () => 'Doing too little for a long time can leave your body weaker and stiffer.',
  () => 'Pacing means finding a steady amount of activity that you can keep up.',
  (r) => `Think of a time when ${r.pick(people)} helped you through a hard day.`,
  () => 'Slow breathing tells your body that it is safe to relax.',
  () => 'Breathe in through your nose, and let the breath out slowly.',
  (r) => `Let ${r.pick(places)} go soft as you breathe out.`,
  () => 'If your mind wanders, that is fine. Gently bring it back to your breath.',
  () => 'Thoughts are not facts. They are guesses our mind makes.',
  (r) => `A thought like "I can never enjoy ${r.pick(activities)} again" can make you feel ${r.pick(feelings)}.`,
  () => 'Ask yourself what you would say to a friend who had this thought.',
  () => 'Look for the facts that support the thought, and the facts that do not.',
  () => 'A balanced thought is not always a happy thought. It is a fair one.',
  () => 'Good sleep starts long before you go to bed.',
  (r) => `Try to get up at the same time each day, even ${r.pick(times)}.`,
  () => 'If you cannot sleep, get up and do something calm until you feel sleepy.',
  () => 'Keep the bed for sleep, so your body learns that bed means rest.',
  () => 'Caffeine late in the day can keep you awake, even if you do not notice it.',
  (r) => `Write down one thing that went well ${r.pick(times)}, however small.`,
  () => 'Setbacks are a normal part of learning a new skill.',
  (r) => `Tell ${r.pick(people)} about your plan, so they can cheer you on.`,
  () => 'Notice the urge to push through the pain, and pause before you act on it.',
  (r) => `On a scale from zero to ten, many people rate their pain higher when they feel ${r.pick(feelings)}.`,
  () => 'Your plan can change as you learn what works for you.',
  () => 'Be kind to yourself. Learning to live well with pain takes practice.',
  (r) => `Although chronic pain rarely disappears completely, people who practise these skills regularly often report that ${r.pick(activities)} becomes more manageable and that flare-ups feel less frightening.`,
  () => 'Researchers have found that understanding how the nervous system amplifies pain signals can reduce the fear that accompanies persistent symptoms.',
];

/** One sentence. */
export function sentence(random: Random): string {
  return random.pick(sentences)(random);
}

/** A paragraph of `min`–`max` sentences. */
export function paragraph(random: Random, min = 2, max = 4): string {
  return Array.from({ length: random.int(min, max) }, () => sentence(random)).join(' ');
}

/** A short phrase for list items and labels. */
export function activity(random: Random): string {
  return random.pick(activities);
}

/** A feeling word. */
export function feeling(random: Random): string {
  return random.pick(feelings);
}
