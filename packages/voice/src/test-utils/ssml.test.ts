import { describe, expect, it } from 'vitest';
import { assertValidSsml, ssmlProblems } from './ssml.js';

const speak = (body: string) => `<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US">${body}</speak>`;

describe('ssmlProblems (the test checker itself)', () => {
  it('accepts the allowed elements and attributes', () => {
    expect(
      ssmlProblems(
        speak(
          '<p><s>Hi &amp; bye.</s><break time="3s"/><break strength="weak"/><say-as interpret-as="telephone">988</say-as><emphasis level="strong">Now</emphasis><prosody rate="slow">slow</prosody></p>',
        ),
      ),
    ).toEqual([]);
  });

  it('finds XML that is not well-formed', () => {
    expect(ssmlProblems(speak('<p>a & b</p>'))[0]).toMatch(/^not well-formed: char '&' is not expected/);
    expect(ssmlProblems(speak('<p>open')).length).toBe(1);
  });

  it('finds other roots, elements, attributes and values', () => {
    expect(ssmlProblems('<p>Hi</p>')).toEqual(['the document must be exactly one <speak> element']);
    expect(ssmlProblems(speak('<audio src="x.mp3"/>'))).toEqual(['element <audio> is not allowed']);
    expect(ssmlProblems(speak('<break time="3s" foo="1"/>'))).toEqual(['attribute foo is not allowed on <break>']);
    expect(ssmlProblems(speak('<break time="long"/>'))).toEqual(['<break time="long"> has a bad value']);
    expect(ssmlProblems(speak('<say-as interpret-as="expletive">x</say-as>'))).toEqual(['<say-as interpret-as="expletive"> has a bad value']);
    expect(() => assertValidSsml(speak('<voice name="x">hi</voice>'))).toThrow(/element <voice> is not allowed/);
  });
});
