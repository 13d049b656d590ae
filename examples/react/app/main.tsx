/**
 * Entry point: loads the compiled bundle (`public/bundle.json`, written by
 * `pnpm bundle` with the `copekit` CLI) and renders the lesson named in the
 * URL (`?lesson=daily-check-in&participant=p-0042`).
 */

import type { Bundle } from '@copekit/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const root = createRoot(document.getElementById('root')!);
const query = new URLSearchParams(window.location.search);

try {
  const response = await fetch('./bundle.json');
  if (!response.ok) throw new Error(`bundle.json: HTTP ${response.status}`);
  const bundle = (await response.json()) as Bundle;
  document.documentElement.lang = bundle.curriculum.locale;
  root.render(
    <StrictMode>
      <App bundle={bundle} lesson={query.get('lesson') ?? 'daily-check-in'} participant={query.get('participant') ?? 'demo'} storage={window.localStorage} />
    </StrictMode>,
  );
} catch (error) {
  root.render(<p role="alert">Could not load the lessons ({String(error)}). Run `pnpm --filter @copekit/example-react bundle` to create public/bundle.json.</p>);
}
