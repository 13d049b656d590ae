import { describe, expect, it } from 'vitest';
import { rejectionLead } from './rejection-lead.js';

describe('rejectionLead', () => {
  it('words the reasons a participant can meet, and a fallback', () => {
    expect(rejectionLead('required-unanswered')).toBe('Please answer this question first.');
    expect(rejectionLead('not-optional')).toBe('This question needs an answer.');
    expect(rejectionLead('unknown-item')).toBe('Sorry, that did not work.');
  });
});
