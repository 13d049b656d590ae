/**
 * Test helpers for channels built on `@copekit/engine/frames`: hand-made
 * frames and items, a walker that moves a real session forward, and the
 * shipped curriculum compiled in-process. Reached
 * through the test-only subpath `@copekit/engine/frames/testing` (source
 * condition only, never built or published).
 *
 * @module
 */

export { curriculumBundle } from './curriculum.js';
export { choice, crisis, frameOf, minutes, practice, prose, rating, textEntry, thoughtRecord } from './frames.js';
export { answerFor, walkUntil } from './walk.js';
