/**
 * The `readability` rule: reading grade of a step's patient-facing text.
 *
 * @module
 */

export { checkReadability, minimumWordsToJudge, readabilityMessage, type ReadabilityFinding } from './check.js';
export { fleschKincaidGrade, gradeText, type TextGrade } from './grade.js';
