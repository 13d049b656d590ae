/**
 * A deterministic synthetic curriculum for the compile benchmark.
 *
 * @module
 */

export { syntheticCurriculum, type SyntheticOptions } from './curriculum.js';
export { createRandom, type Random } from './random.js';
