/**
 * Light and dark themes with Atlassian design tokens, following the host product's colour mode.
 *
 * The token themes ship as one static stylesheet (`virtual:ds-tokens.css`, built from
 * `@atlaskit/tokens` by local/tokens-css.ts) whose rules are scoped by `data-color-mode` and
 * `data-theme` on <html>; switching the mode is one attribute, with no theme runtime in the bundle.
 * `view.theme.enable()` asks the host (Jira, Confluence, or the workbench) to set `data-color-mode`
 * and keep it in step when the user switches. Outside a theming host, or when enable() fails, the
 * OS preference (`prefers-color-scheme`) decides, and follows it when it changes.
 */
import 'virtual:ds-tokens.css';
import { view } from './bridge';

/** Every theme the stylesheet holds, as `data-theme` names them. */
export const THEME_NAMES = 'dark:dark light:light motion:motion shape:shape spacing:spacing typography:typography';

/** Makes sure `data-theme` names every theme (a host may name only some); idempotent. */
function nameThemes(root: HTMLElement): void {
  if (root.getAttribute('data-theme') !== THEME_NAMES) root.setAttribute('data-theme', THEME_NAMES);
}

function followSystem(root: HTMLElement, keepFollowing: boolean): void {
  const query = window.matchMedia?.('(prefers-color-scheme: dark)');
  const set = () => root.setAttribute('data-color-mode', query?.matches ? 'dark' : 'light');
  set();
  if (keepFollowing) query?.addEventListener?.('change', set);
}

/** Enables theming; resolves once the first theme is in place (so nothing flashes). */
export async function enableTheme(): Promise<void> {
  const root = document.documentElement;
  nameThemes(root);
  try {
    await view.theme.enable();
  } catch {
    followSystem(root, true); // no theming host
    return;
  }
  // The host rewrites the attributes on every switch: keep every theme named.
  new MutationObserver(() => nameThemes(root)).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  nameThemes(root);
  // Until the host's first answer arrives.
  if (!root.hasAttribute('data-color-mode')) followSystem(root, false);
}
