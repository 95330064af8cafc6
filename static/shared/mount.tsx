import '@atlaskit/css-reset';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { enableTheme } from './theme';

/** Renders an app into #root once the theme is applied (so the first paint has the right colours). */
export function mount(app: ReactNode): void {
  const el = document.getElementById('root');
  if (!el) throw new Error('index.html must have <div id="root">');
  const render = () => createRoot(el).render(<StrictMode>{app}</StrictMode>);
  enableTheme().then(render, render);
}
