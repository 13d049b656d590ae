/**
 * Writes export rows as CSV or JSONL.
 *
 * @module
 */

import { csvLine } from './csv.js';
import { EXPORT_COLUMNS, type ExportRow } from './export-row.js';

/** The formats of the answer export. */
export type ExportFormat = 'csv' | 'jsonl';

/** The text before the first row: the CSV header line, or nothing for JSONL. */
export function formatHeader(format: ExportFormat): string {
  return format === 'csv' ? csvLine(EXPORT_COLUMNS) : '';
}

/** One row as a CSV line (columns in {@link EXPORT_COLUMNS} order) or a JSON line with the same keys in the same order. */
export function formatRow(row: ExportRow, format: ExportFormat): string {
  if (format === 'csv') return csvLine(EXPORT_COLUMNS.map((column) => row[column]));
  return `${JSON.stringify(Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, row[column]])))}\n`;
}
