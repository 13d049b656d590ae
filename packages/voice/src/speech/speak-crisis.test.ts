import type { FrameCrisis } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { speakCrisis, withPhoneNumbers } from './speak-crisis.js';

describe('withPhoneNumbers', () => {
  it('marks numbers of three or more digits, with spaces or hyphens inside', () => {
    expect(withPhoneNumbers('Call 988 now')).toEqual([
      { type: 'text', text: 'Call ' },
      { type: 'telephone', text: '988' },
      { type: 'text', text: ' now' },
    ]);
    expect(withPhoneNumbers('Call Samaritans on 116 123')).toEqual([
      { type: 'text', text: 'Call Samaritans on ' },
      { type: 'telephone', text: '116 123' },
    ]);
    expect(withPhoneNumbers('Text 9-8-8.').map((part) => part.type)).toEqual(['text', 'telephone', 'text']);
    expect(withPhoneNumbers('838255')).toEqual([{ type: 'telephone', text: '838255' }]);
  });

  it('leaves short numbers and numbers inside words as words', () => {
    expect(withPhoneNumbers('Call 988 and press 1.')).toEqual([
      { type: 'text', text: 'Call ' },
      { type: 'telephone', text: '988' },
      { type: 'text', text: ' and press 1.' },
    ]);
    expect(withPhoneNumbers('Chat at 988lifeline.org, 24 hours')).toEqual([{ type: 'text', text: 'Chat at 988lifeline.org, 24 hours' }]);
  });
});

describe('speakCrisis', () => {
  it('speaks a heading, every resource, then the statement', () => {
    const crisis: FrameCrisis = {
      type: 'crisis',
      region: { id: 'us', name: 'United States' },
      statement: 'This is not a crisis service.',
      resources: [
        { id: 'a', label: 'Call 911', description: 'In danger now.', channel: 'emergency', contact: '911' },
        { id: 'b', label: 'Chat online', description: 'Any time.', channel: 'chat', contact: 'example.org', href: 'https://example.org' },
      ],
    };
    expect(speakCrisis(crisis)).toEqual([
      [{ type: 'emphasis', text: 'Get help now.', level: 'strong' }],
      [
        { type: 'text', text: 'Call ' },
        { type: 'telephone', text: '911' },
        { type: 'text', text: '. In danger now.' },
      ],
      [{ type: 'text', text: 'Chat online. Any time.' }],
      [{ type: 'text', text: 'This is not a crisis service.' }],
    ]);
  });
});
