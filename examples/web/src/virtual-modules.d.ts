/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/// <reference types="vite/client" />
// The references above make this folder type-check in any program that includes
// it (the repository's root tsconfig has no DOM lib), not only in ../tsconfig.json.

/** The curriculum compiled by `vite-plugin-copekit.ts`. */
declare module 'virtual:copekit/bundle' {
  import type { SerializedMessage } from '@copekit/compiler';
  import type { Bundle } from '@copekit/schema';

  /** The bundle; `null` only in the author preview while the curriculum has errors. */
  export const bundle: Bundle | null;
  /** Compiler messages (author preview only; empty in a build). */
  export const messages: SerializedMessage[];
  /** Whether the page runs as the author preview. */
  export const preview: boolean;
}
