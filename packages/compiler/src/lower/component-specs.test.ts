import { componentsSchema } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { componentNames, specOf } from './component-specs.js';

describe('component specs', () => {
  it('lists the components of the schema', () => {
    expect(componentNames).toEqual(Object.keys(componentsSchema['properties'] as object));
    expect(componentNames).toMatchInlineSnapshot(`
      [
        "Step",
        "Rating",
        "Choice",
        "Option",
        "TextEntry",
        "NumberEntry",
        "ThoughtRecord",
        "Practice",
        "Cue",
        "Homework",
        "Instrument",
        "Show",
        "CoachNote",
        "Crisis",
      ]
    `);
  });

  it('reads attribute types, enumerations and required attributes, following $ref', () => {
    const rating = specOf('Rating');
    expect([...rating.attributes].map(([name, spec]) => `${name}: ${spec.type}`)).toMatchInlineSnapshot(`
      [
        "id: string",
        "label: string",
        "min: integer",
        "max: integer",
        "minLabel: string",
        "maxLabel: string",
        "optional: boolean",
        "risk: string",
      ]
    `);
    expect(rating.required).toEqual(['id', 'label', 'min', 'max']);
    expect(specOf('Homework').attributes.get('per')).toMatchObject({ type: 'string', enum: ['day', 'week'] });
    expect(specOf('Rating').attributes.get('id')?.description).toContain('kebab-case');
  });

  it('validates values against the rest of the schema', () => {
    expect(specOf('Homework').validate({ id: 'walk', skill: 'walking', per: 'day', times: 0 })).toEqual([
      { attribute: 'times', message: 'must be >= 1 (it is 0).', fix: expect.stringContaining('Times per period') },
    ]);
    expect(specOf('Homework').validate({ id: 'walk', skill: 'walking', per: 'day', times: 2 })).toEqual([]);
  });

  it('refuses to give the spec of an unknown component', () => {
    expect(() => specOf('Slider')).toThrow('Unknown component <Slider>');
  });
});
