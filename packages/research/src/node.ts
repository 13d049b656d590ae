/**
 * `@copekit/research/node`: the Node-only part of the research tools
 * (file-system output). Everything else lives in `@copekit/research`, which
 * runs anywhere.
 *
 * @module
 */

export { writeArchive } from './node/write-archive.js';
