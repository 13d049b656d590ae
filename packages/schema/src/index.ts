export type * from './types/bundle.js';
export type * from './types/condition.js';
export type * from './types/prose.js';
export type * from './types/manifest.js';
export type * from './types/instrument.js';
export type * from './types/front-matter.js';
