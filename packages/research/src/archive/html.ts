/**
 * Building HTML safely: every interpolated value is escaped unless it is
 * already built HTML. Archive pages are made only with {@link html}.
 *
 * @module
 */

/** HTML built by {@link html}: safe to insert as is. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** What may be interpolated: built HTML, text (escaped), numbers, lists, or nothing. */
export type HtmlValue = SafeHtml | string | number | false | null | undefined | readonly HtmlValue[];

/**
 * Escapes text for HTML text and double- or single-quoted attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<script>alert("x")</script>'); // => '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A template tag that escapes every interpolated string and number, inserts
 * {@link SafeHtml} as is, flattens arrays and drops `false`, `null` and
 * `undefined`.
 *
 * @example
 * ```ts
 * html`<p title="${label}">${label}</p>`; // label is escaped twice over, correctly
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1]!;
  });
  return new SafeHtml(out);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === false || value === null || value === undefined) return '';
  return escapeHtml(String(value));
}
