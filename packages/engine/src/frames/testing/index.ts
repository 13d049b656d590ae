/**
 * Test helpers for channels built on `@copekit/engine/frames`: hand-made
 * frames and items, and a walker that moves a real session forward. Reached
 * through the test-only subpath `@copekit/engine/frames/testing` (source
 * condition only, never built or published).
 *
 * @module
 */

export { choice, crisis, frameOf, minutes, practice, prose, rating, textEntry, thoughtRecord } from './frames.js';
export { answerFor, walkUntil } from './walk.js';
