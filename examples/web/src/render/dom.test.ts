// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeDom } from '../../test/support/describe-dom.js';
import { addDescription, append, el, itemDomId, removeDescription, replaceChildren, setAttributes } from './dom.js';

describe('el', () => {
  it('sets attributes and appends children, strings as text nodes', () => {
    const element = el('p', { class: 'hint', hidden: true, 'data-skip': false, 'data-none': undefined, tabindex: -1 }, 'Enter ', el('strong', {}, '0'), null, false, '.');
    expect(describeDom(element)).toMatchInlineSnapshot(`
      "<p class="hint" hidden tabindex="-1">
        "Enter "
        <strong>
          "0"
        ".""
    `);
  });

  it('never parses markup in strings', () => {
    const element = el('p', {}, '<img src=x onerror=alert(1)><b>bold</b>');
    expect(element.children).toHaveLength(0);
    expect(element.textContent).toBe('<img src=x onerror=alert(1)><b>bold</b>');
  });
});

describe('setAttributes', () => {
  it('removes attributes set to false or undefined', () => {
    const element = el('input', { disabled: true, title: 'x' });
    setAttributes(element, { disabled: false, title: undefined, name: 'n' });
    expect(describeDom(element)).toBe('<input name="n">');
  });
});

describe('append and replaceChildren', () => {
  it('replaces every child', () => {
    const list = el('ul', {}, el('li', {}, 'a'), el('li', {}, 'b'));
    replaceChildren(list, el('li', {}, 'c'));
    append(list, 'd');
    expect(list.textContent).toBe('cd');
    expect(list.children).toHaveLength(1);
  });
});

describe('aria-describedby helpers', () => {
  it('adds an id once and removes it, dropping the attribute when empty', () => {
    const input = el('input', { 'aria-describedby': 'hint' });
    addDescription(input, 'error');
    addDescription(input, 'error');
    expect(input.getAttribute('aria-describedby')).toBe('hint error');
    removeDescription(input, 'hint');
    removeDescription(input, 'error');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('itemDomId', () => {
  it('names items and their parts without clashes between `a` part `1` and item `a-1`', () => {
    expect(itemDomId('pain-now')).toBe('item-pain-now');
    expect(itemDomId('a', '1')).toBe('item-a__1');
    expect(itemDomId('a-1')).toBe('item-a-1');
    expect(itemDomId('odd id"')).toBe('item-odd_id_');
  });
});
