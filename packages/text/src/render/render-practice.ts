/**
 * A guided practice as plain text: its title and length, then its cues with
 * their times once it runs.
 *
 * @module
 */

import type { FramePractice } from '@copekit/engine';

/**
 * Seconds as `m:ss`.
 *
 * @example
 * ```ts
 * clockTime(95); // => '1:35'
 * ```
 */
export function clockTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * The lines of a practice. Before it starts: its title and length. While it
 * runs: each cue with its time, from the latest one reached (all of them
 * at the start), to follow at one's own pace. Paused or done: where it
 * stands.
 *
 * @example
 * ```ts
 * renderPractice(breathing); // => ['Slow breathing (5 minutes)']
 * ```
 */
export function renderPractice(practice: FramePractice): string[] {
  const heading = `${practice.title} (${practice.minutes} ${practice.minutes === 1 ? 'minute' : 'minutes'})`;
  switch (practice.status) {
    case 'ready':
      return [heading];
    case 'running':
      return [
        `${heading}. Follow each cue at its time:`,
        practice.cues
          .slice(Math.max(0, practice.cue))
          .map((cue) => `${clockTime(cue.at)} ${cue.text}`)
          .join('\n'),
      ];
    case 'paused':
      return [`${heading}: paused at ${clockTime(practice.elapsed)}.`];
    case 'completed':
      return [`${heading}: done, ${clockTime(practice.elapsed)} practised.`];
  }
}
