/**
 * Sample step texts for the readability tests.
 *
 * @module
 */

/** Plain-language text of a pacing step: 75 words in 9 short sentences of everyday words. */
export const easyText = [
  'Pain can make it hard to do the things you like. This week we will try a new skill.',
  'It is called pacing. You do a bit, then you rest. You do not wait for the pain to tell you to stop.',
  'Try it with one task today. Pick a task you do a lot, like washing up or walking the dog.',
  'Set a timer for ten minutes. When it rings, take a short break.',
].join('\n');

/** An abstract-style paragraph: 42 words in 2 long sentences of technical words. */
export const hardText = [
  'Chronic musculoskeletal pain is characterized by persistent nociceptive and neuropathic mechanisms,',
  'frequently accompanied by central sensitization, which amplifies the perception of noxious stimuli.',
  'Cognitive behavioral interventions attempt to modify maladaptive cognitions, including catastrophizing',
  'and fear-avoidance beliefs, thereby reducing disability and improving self-efficacy.',
].join('\n');
