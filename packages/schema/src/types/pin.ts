/**
 * The content pin a session can be created with: the curriculum version, the
 * bundle hash and every lesson's hash. A lockfile (`copekit.lock.json`,
 * `Lockfile` in `@copekit/research`) is a pin, so hosts pass the parsed lock as is.
 *
 * @module
 */

/**
 * The content a session must run: a bundle whose curriculum id, version,
 * bundle hash and lesson hashes are exactly these. Extra fields (such as a
 * lockfile's `lockfileVersion` and `engineVersion`) are ignored.
 *
 * @example
 * ```ts
 * const pin: ContentPin = parseLock(await readFile('copekit.lock.json', 'utf8'));
 * createSession(bundle, { lesson: 'pacing-basics', mode: 'guided', participant: 'p-0042', pin });
 * ```
 */
export interface ContentPin {
  /** Curriculum id and semver version. */
  curriculum: { id: string; version: string };
  /** `sha256:<hex>` hash of the whole bundle. */
  bundleHash: string;
  /** Lesson id → `sha256:<hex>` lesson hash, for every lesson of the bundle. */
  lessons: { [lesson: string]: string };
}
