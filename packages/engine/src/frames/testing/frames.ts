/**
 * Test helper: small hand-made frames and items, so renderers and parsers can
 * be tested on exactly the case at hand.
 *
 * @module
 */

import type { Frame, FrameBlock, FrameCrisis, FrameItem, FramePractice } from '../../frame/frame-types.js';

/** A frame of an active lesson step holding `blocks`; `focus` is the first unanswered item unless given. */
export function frameOf(blocks: FrameBlock[], overrides: Partial<Frame> = {}): Frame {
  const items = blocks.flatMap((block): FrameItem[] => (block.type === 'item' ? [block] : block.type === 'instrument' ? block.items : []));
  const missing = items.filter((item) => item.status === 'unanswered' && !item.optional).map((item) => item.id);
  return {
    status: 'active',
    audience: 'participant',
    mode: 'self-directed',
    lesson: { id: 'test-lesson', title: 'Test lesson', kind: 'session' },
    flow: 'lesson',
    step: { id: 'step-a', title: 'First step', index: 1, count: 4, lesson: 'test-lesson' },
    progress: 0.25,
    blocks,
    actions: missing.length === 0 ? ['next', 'back', 'exit'] : ['back', 'exit'],
    missing,
    focus: items.find((item) => item.status === 'unanswered')?.id ?? null,
    ...overrides,
  };
}

/** A 0–10 pain rating. */
export function rating(overrides: Partial<Extract<FrameItem, { kind: 'rating' }>> = {}): FrameBlock {
  return {
    type: 'item',
    kind: 'rating',
    id: 'pain',
    label: 'How strong is your pain?',
    optional: false,
    constraints: { min: 0, max: 10, minLabel: 'No pain', maxLabel: 'Worst pain' },
    value: null,
    status: 'unanswered',
    ...overrides,
  };
}

/** A choice of the given labels (values are the labels in kebab case). */
export function choice(labels: string[], overrides: Partial<Extract<FrameItem, { kind: 'choice' }>> = {}): FrameBlock {
  return {
    type: 'item',
    kind: 'choice',
    id: 'pick',
    label: 'Which one?',
    optional: false,
    constraints: { multiple: false, options: labels.map((label) => ({ value: label.toLowerCase().replaceAll(' ', '-'), label })) },
    value: null,
    status: 'unanswered',
    ...overrides,
  };
}

/** A number of minutes from 0 to 300. */
export function minutes(overrides: Partial<Extract<FrameItem, { kind: 'number' }>> = {}): FrameBlock {
  return {
    type: 'item',
    kind: 'number',
    id: 'minutes',
    label: 'How many minutes?',
    optional: false,
    constraints: { min: 0, max: 300, unit: 'minutes', integer: true },
    value: null,
    status: 'unanswered',
    ...overrides,
  };
}

/** A free-text item. */
export function textEntry(overrides: Partial<Extract<FrameItem, { kind: 'text' }>> = {}): FrameBlock {
  return { type: 'item', kind: 'text', id: 'goal', label: 'Write your goal.', optional: true, constraints: { maxLength: 20 }, value: null, status: 'unanswered', ...overrides };
}

/** A thought record with two text fields and one rating field. */
export function thoughtRecord(): FrameBlock {
  return {
    type: 'item',
    kind: 'thought-record',
    id: 'record',
    label: 'Work through one thought.',
    optional: false,
    constraints: {
      fields: [
        { id: 'situation', kind: 'text', label: 'What happened?' },
        { id: 'intensity', kind: 'rating', label: 'How strong was the feeling?', min: 0, max: 100 },
        { id: 'balanced-thought', kind: 'text', label: 'What is a more balanced view?' },
      ],
    },
    value: null,
    status: 'unanswered',
  };
}

/** A two-cue practice of one minute. */
export function practice(overrides: Partial<FramePractice> = {}): FramePractice {
  return {
    type: 'practice',
    id: 'breathing',
    title: 'Slow breathing',
    minutes: 1,
    cues: [
      { at: 0, text: 'Sit comfortably.' },
      { at: 30, text: 'Breathe out slowly.' },
    ],
    status: 'ready',
    elapsed: 0,
    cue: -1,
    actions: ['practice.start'],
    ...overrides,
  };
}

/** A crisis block with two resources. */
export function crisis(): FrameCrisis {
  return {
    type: 'crisis',
    region: { id: 'us', name: 'United States' },
    statement: 'This program is not a crisis service.',
    resources: [
      { id: 'call', label: 'Call 988', description: 'Talk to someone any time.', channel: 'call', contact: '988', href: 'tel:988' },
      { id: 'chat', label: 'Chat online', description: 'Chat with a counselor.', channel: 'chat', contact: '988lifeline.org', href: 'https://988lifeline.org/chat/' },
    ],
  };
}

/** A prose block. */
export function prose(text: string): FrameBlock {
  return { type: 'prose', content: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }], text };
}
