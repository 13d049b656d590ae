/** Replaces sha256 hashes with a placeholder so snapshots survive fixture edits. */
export function redact<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replace(/sha256:[0-9a-f]{64}/g, 'sha256:…')) as T;
}

/** The same for text. */
export function redactText(text: string): string {
  return text.replace(/sha256:[0-9a-f]{64}/g, 'sha256:…');
}
