/**
 * What the page shows, read from and written to its URL:
 * `?lesson=daily-check-in&participant=p-0042&audience=coach&region=gb&step=sleep`.
 *
 * @module
 */

import type { Audience } from '@copekit/engine';

/** The page's parameters. */
export interface PageParams {
  /** Lesson to run; the lesson list when absent. */
  lesson?: string;
  /** Opaque participant id; the default participant when absent. */
  participant: string;
  /** `coach` shows coach notes (and runs the lesson as guided). */
  audience: Audience;
  /** Region of the crisis resources. */
  region?: string;
  /** Author preview only: the step to jump to. */
  step?: string;
  /** `program`: the 8-week program (its overview, or `lesson` run as part of it). */
  view?: 'program';
}

/**
 * Reads the parameters from a query string; `participant` defaults to
 * `defaultParticipant`.
 *
 * @example
 * ```ts
 * readParams('?lesson=weekly-mood'); // { lesson: 'weekly-mood', participant: 'demo', audience: 'participant' }
 * ```
 */
export function readParams(search: string, defaultParticipant = 'demo'): PageParams {
  const query = new URLSearchParams(search);
  const value = (name: string): string | undefined => {
    const text = query.get(name)?.trim();
    return text === undefined || text === '' ? undefined : text;
  };
  const lesson = value('lesson');
  const region = value('region');
  const step = value('step');
  const view = value('view') === 'program' ? ('program' as const) : undefined;
  return {
    participant: value('participant') ?? defaultParticipant,
    audience: value('audience') === 'coach' ? 'coach' : 'participant',
    ...(lesson === undefined ? {} : { lesson }),
    ...(region === undefined ? {} : { region }),
    ...(step === undefined ? {} : { step }),
    ...(view === undefined ? {} : { view }),
  };
}

/**
 * The query string for `params`, leaving defaults out (`defaultParticipant`
 * as for {@link readParams}).
 *
 * @example
 * ```ts
 * writeParams({ lesson: 'weekly-mood', participant: 'demo', audience: 'participant' }); // '?lesson=weekly-mood'
 * ```
 */
export function writeParams(params: PageParams, defaultParticipant = 'demo'): string {
  const query = new URLSearchParams();
  if (params.view !== undefined) query.set('view', params.view);
  if (params.lesson !== undefined) query.set('lesson', params.lesson);
  if (params.step !== undefined) query.set('step', params.step);
  if (params.participant !== defaultParticipant) query.set('participant', params.participant);
  if (params.audience === 'coach') query.set('audience', 'coach');
  if (params.region !== undefined) query.set('region', params.region);
  const text = query.toString();
  return text === '' ? './' : `?${text}`;
}
