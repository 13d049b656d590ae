/**
 * The only way this example builds DOM: `document.createElement` and text
 * nodes. Content never goes through an HTML parser (every HTML-parsing API
 * is banned by `test/no-html-sinks.test.ts`), so lesson text cannot inject markup.
 *
 * @module
 */

/** Attribute values: `true` sets an empty attribute, `false` and `undefined` leave it out. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** A child: a node, or a string that becomes a text node. */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children.
 *
 * @example
 * ```ts
 * el('p', { class: 'hint' }, 'Enter a whole number from ', el('strong', {}, '0'), '.');
 * ```
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, ...children);
  return element;
}

/** Sets (or, for `false`/`undefined`, removes) attributes. */
export function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
}

/** Appends children; strings become text nodes, empty children are skipped. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild !== null) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** Adds `id` to the space-separated `aria-describedby` of `element` (once). */
export function addDescription(element: Element, id: string): void {
  const ids = new Set((element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  ids.add(id);
  element.setAttribute('aria-describedby', [...ids].join(' '));
}

/** Removes `id` from the `aria-describedby` of `element`. */
export function removeDescription(element: Element, id: string): void {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter((entry) => entry !== '' && entry !== id);
  if (ids.length === 0) element.removeAttribute('aria-describedby');
  else element.setAttribute('aria-describedby', ids.join(' '));
}

/**
 * The DOM id of an item (`item-pain-now`) or of one of its parts
 * (`item-pain-now__error`). Item ids are kebab-case, so `__` cannot clash.
 */
export function itemDomId(item: string, part?: string): string {
  const base = `item-${item.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return part === undefined ? base : `${base}__${part}`;
}
