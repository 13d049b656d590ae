/**
 * Every rule the compiler checks. Rule ids are stable: editors, CI filters and
 * docs/rules.md refer to them.
 *
 * @module
 */

/** Rule ids and what each checks. */
export const rules = {
  'front-matter-language': 'Front matter must be YAML; JavaScript and other languages are refused.',
  'front-matter-syntax': 'Front matter must be valid YAML.',
  'front-matter-schema': 'Front matter must match the lesson front matter schema.',
  'mdx-syntax': 'The lesson must parse as MDX.',
  'no-expression': 'JavaScript expressions (`{…}`) are not allowed in content.',
  'no-esm': '`import` and `export` are not allowed.',
  'no-html': 'Raw HTML is not allowed; use Markdown or a Copekit component.',
  'unknown-component': 'Only documented Copekit components may be used.',
  'unknown-attribute': 'Only documented attributes may be used on a component.',
  'attribute-value': 'Attributes must be present and of the documented type.',
  'duplicate-id': 'Ids must be unique in their scope.',
  'unknown-module': 'A lesson must name a module declared in curriculum.yaml.',
  'unknown-lesson': 'References to lessons must name existing lessons.',
  'condition-syntax': 'Conditions must follow the condition language.',
  'condition-reference': 'Conditions may only refer to items asked before them.',
  'condition-type': 'Comparisons must compare values of the same type.',
  'feedback-syntax': 'Weekly feedback conditions (`program.feedback[].when`) must follow the feedback language.',
  'feedback-reference': 'Weekly feedback conditions may only use known functions, counters and the measures the program configures.',
  'feedback-message': 'Weekly feedback messages must be plain text: every channel shows or speaks them as they are.',
  'program-measure': 'Each `program.measures` entry must name a check-in item of the right kind.',
  'link-protocol': 'Links must use https:, mailto: or tel:.',
  'content-outside-step': 'All content must sit inside a <Step>.',
  'empty-step': 'A step must contain something to show or ask.',
  'component-placement': 'Components must be placed where they are allowed.',
  'unsupported-markdown': 'Only the supported Markdown subset may be used.',
  readability: 'Patient-facing text should read at grade 6 or below.',
  'missing-references': 'A lesson should cite its sources.',
  manifest: 'curriculum.yaml must match its schema.',
  instrument: 'Instrument definitions must match their schema.',
  'instrument-licence': 'Restricted instrument text ships only under a declared licence.',
  'unknown-instrument': 'Instruments must be declared in curriculum.yaml and defined.',
  'package-version': 'curriculum/package.json must carry a semver version.',
  'duplicate-file': 'Each lesson id and file may appear once.',
  'choice-options': 'A <Choice> needs at least two options, each with its own value.',
  'lesson-path': "A lesson's file name must be its id (error) and its folder its module (warning).",
  'safety-lesson': 'The safety lesson must have kind `safety` and show <Crisis />.',
} as const;

/** A rule id. */
export type RuleId = keyof typeof rules;
