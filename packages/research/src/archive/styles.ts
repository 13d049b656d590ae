/**
 * The archive's only stylesheet, inlined in every page (the Content Security
 * Policy allows inline styles and nothing external).
 *
 * @module
 */

/** CSS for archive pages: system fonts, print-friendly, visible structure. */
export const ARCHIVE_CSS = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --line: #c8cdd8; --show: #6a4fa3; --coach: #9a5b00; --risk: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 64rem; padding: 1rem 1.5rem 3rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
a { color: #1f4fbf; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f2f4f8; }
.archive-header, .archive-footer { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.75rem; background: #f7f8fb; font-size: 0.875rem; }
.archive-footer { margin-top: 2rem; color: var(--muted); }
.stamp { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; margin: 0.25rem 0 0; }
.stamp dt { font-weight: 600; }
.stamp dd { margin: 0; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.step { border-top: 2px solid var(--line); margin-top: 1.5rem; padding-top: 0.5rem; }
.tag { display: inline-block; border: 1px solid var(--line); border-radius: 3px; padding: 0 0.3rem; font-size: 0.8rem; background: #f2f4f8; }
.block-head { margin: 0.25rem 0; color: var(--muted); font-size: 0.875rem; }
.item, .practice, .homework, .instrument, .crisis { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0.75rem 0; }
.item .label { font-weight: 600; margin: 0.25rem 0; }
.show { border: 2px dashed var(--show); border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0.75rem 0; }
.show-label { color: var(--show); font-weight: 600; margin: 0 0 0.25rem; }
.coach-note { border-left: 4px solid var(--coach); background: #fff6e6; padding: 0.5rem 0.75rem; margin: 0.75rem 0; }
.coach-label { color: var(--coach); font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; margin: 0; font-size: 0.8rem; }
.risk { color: var(--risk); font-weight: 600; }
.crisis { border: 2px solid var(--risk); }
.crisis-label { color: var(--risk); font-weight: 700; margin: 0; }
.blocked-link { text-decoration: underline dotted; }
.cues { padding-left: 1.5rem; }
.cues .at { font-family: ui-monospace, Menlo, Consolas, monospace; margin-right: 0.5rem; }
.flow { overflow-x: auto; margin: 1rem 0; }
.flow svg, .timeline { max-width: 100%; height: auto; }
@media print { .step { break-inside: avoid; } a { color: inherit; } }
`.trim();
