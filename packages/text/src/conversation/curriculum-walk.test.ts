import { createSession } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { curriculumBundle } from '@copekit/engine/frames/testing';
import { walkReply } from '../test-utils/walk-replies.js';
import { createTextConversation } from './create-text-conversation.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await curriculumBundle();
});

describe('every shipped lesson by SMS', () => {
  it('completes with every message within 160 characters, no reply re-prompted and crisis resources first', () => {
    const crisisLabels = bundle.curriculum.crisis.regions.find((region) => region.id === 'us')!.resources.map((resource) => resource.label);
    let messages = 0;
    for (const lesson of bundle.lessons) {
      const session = createSession(bundle, { lesson: lesson.id, mode: 'guided', participant: 'p-1', clock: { now: () => 0 } });
      const chat = createTextConversation(session, { maxLength: 160 });
      const check = (sent: string[]) => {
        messages += sent.length;
        for (const message of sent) expect(message.length, message).toBeLessThanOrEqual(160);
        if (session.getFrame().blocks.some((block) => block.type === 'crisis')) {
          expect(sent[0]).toMatch(/^Get help now \(United States\):/);
          const all = sent.join('\n');
          for (const label of crisisLabels) expect(all).toContain(`- ${label}: `);
        }
      };
      check(chat.start());
      for (let turn = 0; session.getFrame().status === 'active'; turn += 1) {
        if (turn > 400) throw new Error(`${lesson.id} did not end`);
        const result = chat.handle(walkReply(session.getFrame()));
        expect(result.reprompt, `${lesson.id}: ${result.messages.join(' / ')}`).toBeNull();
        check(result.messages);
      }
      expect(session.getFrame().status).toBe('completed');
    }
    expect(messages).toBeGreaterThan(500);
  });
});
