/**
 * Light and dark themes with Atlassian design tokens, following the host product's colour mode.
 *
 * `view.theme.enable()` asks the host (Jira, Confluence, or the workbench) to apply its theme to
 * this iframe: the host sets `data-color-mode` on <html> and keeps it in step when the user
 * switches. We mirror that attribute into `setGlobalTheme`, which loads the token CSS for the mode
 * (the `--ds-*` variables every `token()` call refers to). Outside a theming host, or when enable()
 * fails, the OS preference (`prefers-color-scheme`) decides.
 */
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { view } from './bridge';

type Mode = 'light' | 'dark' | 'auto';

function modeOf(value: string | null): Mode {
  return value === 'dark' || value === 'light' ? value : 'auto';
}

let applied: Mode | null = null;

function apply(mode: Mode): Promise<unknown> {
  if (mode === applied) return Promise.resolve();
  applied = mode;
  return setGlobalTheme({ colorMode: mode, light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' });
}

/** Enables theming; resolves once the first theme's CSS is in place (so nothing flashes). */
export async function enableTheme(): Promise<void> {
  const root = document.documentElement;
  try {
    await view.theme.enable();
  } catch {
    await apply('auto'); // no theming host: follow prefers-color-scheme
    return;
  }
  // setGlobalTheme writes the same attribute: `applied` stops the loop.
  new MutationObserver(() => void apply(modeOf(root.getAttribute('data-color-mode')))).observe(root, {
    attributes: true,
    attributeFilter: ['data-color-mode'],
  });
  await apply(modeOf(root.getAttribute('data-color-mode')));
}
