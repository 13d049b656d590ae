/**
 * What the record readers take: the text of a JSONL file, in chunks.
 *
 * @module
 */

/**
 * Text in chunks: strings or UTF-8 bytes, in order. A Node `Readable` (such as
 * `fs.createReadStream(path)`), a web `ReadableStream` body in runtimes where
 * it is async-iterable, an async generator or a plain array all fit.
 */
export type TextSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
