import { describe, expect, it } from 'vitest';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { lessonOf } from '../../test/fixtures/variants.js';
import { tagProblems } from '../../test/html-checks.js';
import { renderFlowDiagram } from './flow-diagram.js';

describe('renderFlowDiagram', () => {
  const svg = renderFlowDiagram(lessonOf(baseBundle, 'daily-check-in'), 'safety-check').value;

  it('is an accessible, balanced inline SVG with a title and a description', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 782 220" width="782" height="220" role="img" aria-labelledby="flow-title flow-desc"')).toBe(true);
    expect(svg).toContain('<title id="flow-title">Flow of lesson Daily check-in</title>');
    expect(svg).toContain('<desc id="flow-desc">1 step from top to bottom; 1 step with conditional content (notes on the right); 1 step with risk items whose answers lead to the safety flow (boxes on the left).</desc>');
    expect(tagProblems(svg)).toEqual([]);
  });

  it('draws steps, the branch note and the safety edge, escaping text', () => {
    expect(svg).toContain('<g class="flow-step">');
    expect(svg).toContain('<g class="flow-branch">');
    expect(svg).toContain('when mood &gt;= 3</text>');
    expect(svg).toContain('stroke="#b3261e" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#flow-arrow-risk)"/>');
    expect(svg).toContain('>risk answer</text>');
    expect(svg).toContain('if mood-q2 &gt; 0</text>');
  });

  it('has no branch or safety boxes for a plain lesson', () => {
    const plain = renderFlowDiagram({ ...lessonOf(baseBundle, 'safety-check'), steps: [{ id: 'only', blocks: [] }] }, 'safety-check').value;
    expect(plain).not.toContain('flow-branch');
    expect(plain).not.toContain('flow-safety');
    expect(plain).toContain('1. (untitled step)');
  });
});
