import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { ENGINE_VERSION } from '../version.js';
import { contentStamp } from './content-stamp.js';
import { createEnv } from './session-env.js';

describe('contentStamp', () => {
  it('names the curriculum, bundle, lesson and engine versions, in record key order', () => {
    const lesson = bundle.lessons.find((candidate) => candidate.id === 'pacing-basics')!;
    const stamp = contentStamp(createEnv(bundle, 'pacing-basics'));
    expect(stamp).toEqual({
      curriculum: bundle.curriculum.id,
      curriculumVersion: bundle.curriculum.version,
      bundleHash: bundle.hash,
      lesson: 'pacing-basics',
      lessonHash: lesson.hash,
      engineVersion: ENGINE_VERSION,
    });
    expect(Object.keys(stamp)).toEqual(['curriculum', 'curriculumVersion', 'bundleHash', 'lesson', 'lessonHash', 'engineVersion']);
  });
});
