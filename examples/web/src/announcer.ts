/**
 * Screen reader announcements through two live regions that exist from page
 * load (regions added later are not reliably announced): `role="status"`
 * (polite) for saves, errors and new questions, and `role="alert"` for the
 * crisis screen.
 *
 * @module
 */

/** How urgently to announce. */
export type Politeness = 'polite' | 'assertive';

/** Announces a message. */
export type Announce = (message: string, politeness?: Politeness) => void;

/**
 * An announcer writing into `polite` and `assertive` live regions. The region
 * is cleared first and filled on the next task, so the same message said twice
 * is announced twice.
 *
 * @example
 * ```ts
 * const announce = createAnnouncer(document.getElementById('status')!, document.getElementById('alert')!);
 * announce('Answer saved');
 * ```
 */
export function createAnnouncer(polite: HTMLElement, assertive: HTMLElement): Announce {
  const pending = new Map<HTMLElement, ReturnType<typeof setTimeout>>();
  return (message, politeness = 'polite') => {
    const region = politeness === 'assertive' ? assertive : polite;
    clearTimeout(pending.get(region));
    region.textContent = '';
    pending.set(
      region,
      setTimeout(() => {
        region.textContent = message;
      }, 50),
    );
  };
}
