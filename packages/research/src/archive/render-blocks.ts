/**
 * Renders a step's blocks with every branch visible: Show blocks as
 * labelled boxes, coach notes marked "Coach only", crisis placeholders with
 * the resources they stand for.
 *
 * @module
 */

import type { Block, CrisisRegion } from '@copekit/schema';
import { html, type SafeHtml } from './html.js';
import { renderHomework, renderInstrumentBlock, renderPractice } from './render-activity.js';
import type { RenderContext } from './render-context.js';
import { renderFlowContent } from './render-flow-content.js';
import { renderItem } from './render-item.js';
import { isAllowedUrl } from './safe-url.js';

/** Renders blocks in document order. */
export function renderBlocks(blocks: readonly Block[], context: RenderContext): SafeHtml {
  return html`${blocks.map((block) => html`${renderBlock(block, context)}\n`)}`;
}

function renderBlock(block: Block, context: RenderContext): SafeHtml {
  switch (block.type) {
    case 'prose':
      return html`<div class="prose">${renderFlowContent(block.content)}</div>`;
    case 'item':
      return renderItem(block, context);
    case 'practice':
      return renderPractice(block);
    case 'homework':
      return renderHomework(block);
    case 'instrument':
      return renderInstrumentBlock(block, context);
    case 'show':
      return html`<div class="show">
<p class="show-label">Shown only when <code>${block.source}</code></p>
${renderBlocks(block.blocks, context)}</div>`;
    case 'coach-note':
      return html`<aside class="coach-note">
<p class="coach-label">Coach only</p>
${renderFlowContent(block.content)}
</aside>`;
    case 'crisis':
      return renderCrisis(context);
  }
}

/** The crisis placeholder, listing the default region's resources and the statement. */
function renderCrisis(context: RenderContext): SafeHtml {
  const { crisis, safety } = context.bundle.curriculum;
  const region = crisis.regions.find((candidate) => candidate.id === crisis.defaultRegion);
  return html`<div class="crisis">
<p class="crisis-label">Crisis resources (<code>&lt;Crisis /&gt;</code>)</p>
<p>At run time this shows the crisis resources of the participant's region. Default region${
    region === undefined ? html` <code>${crisis.defaultRegion}</code> (not configured)` : html`: ${region.name}`
  }; <a href="${context.root}index.html#crisis">all regions</a>.</p>
${region === undefined ? false : renderResources(region)}<p><strong>${safety.statement}</strong></p>
</div>`;
}

/** A region's resources as a list with allowed links only. */
export function renderResources(region: CrisisRegion): SafeHtml {
  return html`<ul>${region.resources.map(
    (resource) =>
      html`<li><strong>${resource.href !== undefined && isAllowedUrl(resource.href) ? html`<a href="${resource.href}" rel="noopener noreferrer">${resource.label}</a>` : resource.label}</strong> (${resource.channel} <code>${resource.contact}</code>): ${resource.description}</li>`,
  )}</ul>\n`;
}
