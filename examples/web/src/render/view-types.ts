/**
 * What renderers receive and return.
 *
 * @module
 */

import type { Audience, FrameBlock, FrameItem, SendResult, SessionEvent } from '@copekit/engine';
import type { Announce } from '../announcer.js';

/** What views may do: send events, ask about items, announce. */
export interface ViewContext {
  /** Sends an event to the session (the runner saves the snapshot when it is accepted). */
  send(event: SessionEvent): SendResult;
  /**
   * Whether answering `item` may start the safety flow. Such answers are held
   * until the participant presses a button, so choosing an option never moves
   * them to another screen by itself (WCAG 3.2.2 On Input).
   */
  isRisk(item: string): boolean;
  announce: Announce;
  /** Who the page is for: instrument scores and coach notes are for coaches. */
  audience: Audience;
  /** Whether the participant asked for reduced motion. */
  reducedMotion(): boolean;
}

/** A rendered item. */
export interface ItemView {
  readonly id: string;
  readonly label: string;
  readonly element: HTMLElement;
  /** Shows the item's state from a new frame, without touching what the participant is editing. */
  update(item: FrameItem): void;
  /**
   * Sends what is entered but not sent yet (a held risk answer, an edit not
   * committed). Returns a message for the participant when the entry cannot be
   * sent, else `null`.
   */
  commit(): string | null;
  /** Shows (or with `null` clears) an error under the item. */
  showError(message: string | null): void;
  /** Moves focus to the item's first control. */
  focus(): void;
}

/** A rendered block of a step. */
export interface BlockView<B extends FrameBlock = FrameBlock> {
  readonly element: HTMLElement;
  /** Item views inside the block, in order. */
  readonly items: readonly ItemView[];
  /** Shows the block's state from a new frame. */
  update(block: B): void;
}
