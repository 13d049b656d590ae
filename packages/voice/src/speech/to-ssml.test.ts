import { describe, expect, it } from 'vitest';
import { assertValidSsml } from '../test-utils/ssml.js';
import { spokenKeys, say } from './speech.js';
import { escapeXml, MAX_BREAK_SECONDS, toSsml } from './to-ssml.js';
import { toText } from './to-text.js';

describe('toSsml', () => {
  it('wraps paragraphs in a <speak> document with the language', () => {
    expect(toSsml([say('Hello.'), say('Bye.')], 'en-GB')).toBe(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-GB"><p>Hello.</p><p>Bye.</p></speak>',
    );
  });

  it('escapes text, including in attributes', () => {
    const ssml = toSsml([say('Salt & pepper <"quoted"> it\'s')], 'x"y');
    expect(ssml).toContain('<p>Salt &amp; pepper &lt;&quot;quoted&quot;&gt; it&apos;s</p>');
    expect(ssml).toContain('xml:lang="x&quot;y"');
    expect(escapeXml('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
  });

  it('marks emphasis and phone numbers', () => {
    const ssml = toSsml(
      [
        [
          { type: 'emphasis', text: 'Now', level: 'strong' },
          { type: 'text', text: ' call ' },
          { type: 'telephone', text: '116 123' },
        ],
      ],
      'en-US',
    );
    expect(ssml).toContain('<p><emphasis level="strong">Now</emphasis> call <say-as interpret-as="telephone">116 123</say-as></p>');
    assertValidSsml(ssml);
  });

  it('chains breaks of at most 10 seconds for long pauses, and drops empty ones', () => {
    expect(MAX_BREAK_SECONDS).toBe(10);
    const ssml = toSsml([[{ type: 'text', text: 'Rest.' }, { type: 'pause', seconds: 24.6 }, { type: 'pause', seconds: 0.2 }]], 'en-US');
    expect(ssml).toContain('<p>Rest.<break time="10s"/><break time="10s"/><break time="5s"/></p>');
    assertValidSsml(ssml);
  });
});

describe('toText', () => {
  it('gives one line per paragraph and shows pauses', () => {
    expect(
      toText([
        [{ type: 'emphasis', text: 'Pain.', level: 'moderate' }],
        [{ type: 'text', text: 'Breathe in.' }, { type: 'pause', seconds: 19.6 }],
        [{ type: 'text', text: '  ' }],
        [{ type: 'text', text: 'Call ' }, { type: 'telephone', text: '988' }],
      ]),
    ).toBe('Pain.\nBreathe in. [pause 20 s]\nCall 988');
  });
});

describe('spokenKeys', () => {
  it('says star and pound', () => {
    expect(['*', '*0', '*9', '1', '10#', '13#', '#'].map(spokenKeys)).toEqual(['star', 'star 0', 'star 9', '1', '10 pound', '13 pound', 'pound']);
  });
});
