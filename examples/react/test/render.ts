/**
 * A small renderer for component tests: react-dom's `createRoot` inside
 * `act`, and queries by role-like selectors and label text.
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

/** A rendered tree. */
export interface Rendered {
  container: HTMLElement;
  unmount(): void;
}

/** Renders `element` into a new container in the document. */
export function renderApp(element: ReactElement): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root;
  act(() => {
    root = createRoot(container);
    root.render(element);
  });
  return {
    container,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Clicks `element` inside `act`. */
export function click(element: Element): void {
  act(() => (element as HTMLElement).click());
}

/** Types `value` into a field and leaves it (change, then blur), inside `act`. */
export function typeAndLeave(field: HTMLInputElement, value: string): void {
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    field.focus();
    field.blur();
  });
}

/** The form control labelled `text` (the label's text, before any spoken-only part). */
export function byLabel(text: string, scope: ParentNode = document): HTMLInputElement {
  const label = [...scope.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === text || candidate.textContent?.startsWith(`${text},`));
  const control = label?.control ?? (label?.querySelector('input') as HTMLInputElement | null);
  if (control === null || control === undefined) throw new Error(`No control labelled “${text}”.`);
  return control as HTMLInputElement;
}

/** The button whose text is `text`. */
export function button(text: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === text);
  if (found === undefined) throw new Error(`No button “${text}”.`);
  return found;
}

/** The text of the page's `h1`. */
export function heading(): string {
  return document.querySelector('h1')?.textContent ?? '';
}
