import { describe, expect, it } from 'vitest';
import { bundleFixture } from './fixtures/bundle.js';
import { componentsFixture } from './fixtures/components.js';
import { curriculumFixture } from './fixtures/curriculum.js';
import { frontMatterFixture } from './fixtures/front-matter.js';
import { instrumentFixture, restrictedInstrumentFixture } from './fixtures/instrument.js';
import {
  schemaErrors,
  validateBundle,
  validateComponents,
  validateCurriculum,
  validateInstrument,
  validateLessonFrontMatter,
  type SchemaValidator,
} from './index.js';

/** A deep copy of `value` changed by `change`, typed loosely so it can break the type. */
function broken<T>(value: T, change: (draft: any) => void): unknown {
  const draft = structuredClone(value);
  change(draft);
  return draft;
}

const paths = (validate: SchemaValidator<unknown>, value: unknown): string[] =>
  schemaErrors(validate, value).map((error) => error.path);

describe('valid fixtures', () => {
  it.each([
    ['bundle', validateBundle, bundleFixture],
    ['curriculum', validateCurriculum, curriculumFixture],
    ['instrument (free)', validateInstrument, instrumentFixture],
    ['instrument (restricted, no text)', validateInstrument, restrictedInstrumentFixture],
    ['lesson front matter', validateLessonFrontMatter, frontMatterFixture],
    ['components', validateComponents, componentsFixture],
  ] as const)('%s passes', (_, validate, fixture) => {
    expect(schemaErrors(validate, fixture)).toEqual([]);
    expect(validate(fixture)).toBe(true);
    expect(validate.errors).toBeNull();
  });

  it('never changes the value it checks (defaults are applied by the compiler)', () => {
    const homework = { Homework: { id: 'pmr-daily', skill: 'pmr', per: 'day' } };
    expect(validateComponents(homework)).toBe(true);
    expect(homework).toEqual({ Homework: { id: 'pmr-daily', skill: 'pmr', per: 'day' } });
  });

  it('accepts the smallest front matter and a bare component', () => {
    expect(validateLessonFrontMatter({ id: 'a', title: 'A', module: 'm', minutes: 1 })).toBe(true);
    expect(validateComponents({ Crisis: {} })).toBe(true);
    expect(validateComponents({})).toBe(true);
  });
});

describe('invalid bundles', () => {
  it.each([
    ['a step id that is not kebab-case', (b: any) => (b.lessons[0].steps[1].id = 'Plan'), ['/lessons/0/steps/1/id']],
    ['a malformed bundle hash', (b: any) => (b.hash = 'sha256:abc'), ['/hash']],
    ['a curriculum version that is not semver', (b: any) => (b.curriculum.version = '1.2'), ['/curriculum/version']],
    ['an unknown block type', (b: any) => (b.lessons[0].steps[0].blocks[0].type = 'video'), ['/lessons/0/steps/0/blocks/0/type']],
    ['an unknown property on an item block', (b: any) => (b.lessons[0].steps[0].blocks[1].colour = 'red'), ['/lessons/0/steps/0/blocks/1/colour']],
    ['a rating bound given as a string', (b: any) => (b.lessons[0].steps[0].blocks[1].min = '0'), ['/lessons/0/steps/0/blocks/1/min']],
    ['an item without a kind', (b: any) => delete b.lessons[0].steps[0].blocks[2].kind, ['/lessons/0/steps/0/blocks/2/kind']],
    ['an unknown item kind', (b: any) => (b.lessons[0].steps[0].blocks[2].kind = 'slider'), ['/lessons/0/steps/0/blocks/2/kind']],
    ['a logical condition with one operand', (b: any) => b.lessons[0].steps[1].blocks[0].when.operands.pop(), ['/lessons/0/steps/1/blocks/0/when/operands']],
    ['an unknown comparison operator', (b: any) => (b.lessons[0].steps[1].blocks[0].when.operands[0].op = '=>'), ['/lessons/0/steps/1/blocks/0/when/operands/0/op']],
    ['a javascript: link', (b: any) => (b.lessons[0].steps[0].blocks[0].content[1].children[4].url = 'javascript:alert(1)'), ['/lessons/0/steps/0/blocks/0/content/1/children/4/url']],
    ['a heading of depth 7', (b: any) => (b.lessons[0].steps[0].blocks[0].content[0].depth = 7), ['/lessons/0/steps/0/blocks/0/content/0/depth']],
    ['an instrument item without its optional flag', (b: any) => delete b.lessons[0].steps[2].blocks[0].items[3].optional, ['/lessons/0/steps/2/blocks/0/items/3/optional']],
    ['a negative cue time', (b: any) => (b.lessons[0].steps[2].blocks[1].cues[1].at = -1), ['/lessons/0/steps/2/blocks/1/cues/1/at']],
    ['an item block inside an instrument', (b: any) => (b.lessons[0].steps[2].blocks[0].items[0].type = 'item'), ['/lessons/0/steps/2/blocks/0/items/0/type']],
    ['a wrong bundle format version', (b: any) => (b.schemaVersion = 2), ['/schemaVersion']],
    ['an instrument with a bad risk threshold', (b: any) => (b.instruments[0].items[8].risk = '>> 0'), ['/instruments/0/items/8/risk']],
  ])('rejects %s', (_, change, expected) => {
    expect(paths(validateBundle, broken(bundleFixture, change))).toEqual(expected);
  });

  it('reports every problem at once', () => {
    const bad = broken(bundleFixture, (b) => {
      delete b.lessons[1].source;
      b.lessons[1].kind = 'lecture';
      b.curriculum.modules[0].id = 'Relaxation';
    });
    expect(schemaErrors(validateBundle, bad)).toMatchInlineSnapshot(`
      [
        {
          "message": "must be a kebab-case id: lowercase letters and digits joined by single hyphens, e.g. "pain-now"",
          "path": "/curriculum/modules/0/id",
        },
        {
          "message": "is required",
          "path": "/lessons/1/source",
        },
        {
          "message": "must be one of "session", "check-in", "measure", "safety", "practice"",
          "path": "/lessons/1/kind",
        },
      ]
    `);
  });
});

describe('invalid authoring files', () => {
  it.each([
    ['curriculum without safety', validateCurriculum, broken(curriculumFixture, (c) => delete c.safety), ['/safety']],
    ['curriculum with a fax crisis channel', validateCurriculum, broken(curriculumFixture, (c) => (c.crisis.regions[0].resources[0].channel = 'fax')), ['/crisis/regions/0/resources/0/channel']],
    ['curriculum listing an instrument twice', validateCurriculum, broken(curriculumFixture, (c) => c.instruments.push('phq-9')), ['/instruments']],
    ['curriculum with an http crisis link', validateCurriculum, broken(curriculumFixture, (c) => (c.crisis.regions[0].resources[1].href = 'http://988lifeline.org')), ['/crisis/regions/0/resources/1/href']],
    ['instrument with a bad risk threshold', validateInstrument, broken(instrumentFixture, (i) => (i.items[8].risk = 'above 0')), ['/items/8/risk']],
    ['instrument with an unknown licence status', validateInstrument, broken(instrumentFixture, (i) => (i.licence.status = 'open')), ['/licence/status']],
    ['front matter with an unknown kind', validateLessonFrontMatter, broken(frontMatterFixture, (f) => (f.kind = 'lecture')), ['/kind']],
    ['front matter with a misspelt key', validateLessonFrontMatter, broken(frontMatterFixture, (f) => (f.sessions = 3)), ['/sessions']],
    ['front matter with zero minutes', validateLessonFrontMatter, broken(frontMatterFixture, (f) => (f.minutes = 0)), ['/minutes']],
    ['a cue time with three-digit seconds', validateComponents, { Cue: { at: '2:300' } }, ['/Cue/at']],
    ['a cue time past 59 seconds', validateComponents, { Cue: { at: '2:75' } }, ['/Cue/at']],
    ['a boolean risk on a rating', validateComponents, { Rating: { ...componentsFixture.Rating, risk: true } }, ['/Rating/risk']],
    ['a threshold risk on an option', validateComponents, { Option: { value: 'a', label: 'A', risk: '> 0' } }, ['/Option/risk']],
    ['a monthly homework', validateComponents, { Homework: { id: 'h', skill: 'pmr', per: 'month' } }, ['/Homework/per']],
    ['a fractional rating bound', validateComponents, { Rating: { ...componentsFixture.Rating, max: 10.5 } }, ['/Rating/max']],
    ['a number as a string', validateComponents, { NumberEntry: { id: 'n', label: 'N', min: '0' } }, ['/NumberEntry/min']],
    ['an unknown attribute', validateComponents, { Step: { id: 'intro', name: 'Intro' } }, ['/Step/name']],
    ['an unknown component', validateComponents, { Slider: { id: 's' } }, ['/Slider']],
    ['an attribute on a crisis', validateComponents, { Crisis: { region: 'us' } }, ['/Crisis/region']],
  ] as const)('rejects %s', (_, validate, value, expected) => {
    expect(paths(validate, value)).toEqual(expected);
    expect(validate(value)).toBe(false);
  });
});

describe('schemaErrors', () => {
  it('explains each problem of a front matter in plain words', () => {
    expect(schemaErrors(validateLessonFrontMatter, { id: 'Pacing Basics', title: '', module: 'pacing', session: 0 }))
      .toMatchInlineSnapshot(`
        [
          {
            "message": "is required",
            "path": "/minutes",
          },
          {
            "message": "must be a kebab-case id: lowercase letters and digits joined by single hyphens, e.g. "pain-now"",
            "path": "/id",
          },
          {
            "message": "must not be empty",
            "path": "/title",
          },
          {
            "message": "must be >= 1",
            "path": "/session",
          },
        ]
      `);
  });

  it('names the unknown kind once instead of every property of the object', () => {
    const bad = broken(bundleFixture, (b) => (b.lessons[0].steps[0].blocks[2].kind = 'slider'));
    expect(schemaErrors(validateBundle, bad)).toEqual([
      { path: '/lessons/0/steps/0/blocks/2/kind', message: '"slider" is not a known kind' },
    ]);
  });

  it('escapes property names in paths (RFC 6901)', () => {
    expect(schemaErrors(validateComponents, { 'Step/Rating': {}, '~x': {} })).toEqual([
      { path: '/Step~1Rating', message: 'is not a known property: check its spelling, or remove it' },
      { path: '/~0x', message: 'is not a known property: check its spelling, or remove it' },
    ]);
  });

  it('still reports an unknown property when the rest of the object is valid', () => {
    const bad = broken(bundleFixture, (b) => (b.lessons[0].steps[2].blocks[0].items[0].colour = 'red'));
    expect(schemaErrors(validateBundle, bad)).toEqual([
      {
        path: '/lessons/0/steps/2/blocks/0/items/0/colour',
        message: 'is not a known property: check its spelling, or remove it',
      },
    ]);
  });

  it('reports a value that is not an object at the root', () => {
    expect(schemaErrors(validateCurriculum, 'id: x')).toEqual([{ path: '', message: 'must be an object' }]);
    expect(schemaErrors(validateBundle, null)).toEqual([{ path: '', message: 'must be an object' }]);
  });
});
