/**
 * A Vite plugin that turns Atlassian's token themes into one static stylesheet: `import
 * 'virtual:ds-tokens.css'` becomes the CSS of the light, dark, spacing, typography, shape and motion
 * themes, exactly as `@atlaskit/tokens` ships them (its themes are JS modules exporting a CSS
 * string, which `setGlobalTheme` injects at run time). Each theme's rules are scoped by
 * `data-color-mode` / `data-theme` on <html>, so switching the mode is one attribute and no script.
 */
import fs from 'node:fs';
import path from 'node:path';

export const TOKENS_CSS_ID = 'virtual:ds-tokens.css';
const THEMES = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography', 'atlassian-shape', 'atlassian-motion'];

/** The CSS string a theme module exports (`export default "…";`), read without running it. */
function themeCss(themesDir: string, name: string): string {
  const source = fs.readFileSync(path.join(themesDir, `${name}.js`), 'utf8');
  const match = /export default (".*");\s*$/s.exec(source);
  if (!match) throw new Error(`@atlaskit/tokens theme ${name} no longer exports a CSS string`);
  return JSON.parse(match[1]) as string;
}

export function tokensCss(nodeModules: string): { name: string; resolveId(id: string): string | null; load(id: string): string | null } {
  const themesDir = path.join(nodeModules, '@atlaskit', 'tokens', 'dist', 'esm', 'artifacts', 'themes');
  return {
    name: 'shipshape-tokens-css',
    resolveId: (id) => (id === TOKENS_CSS_ID ? TOKENS_CSS_ID : null),
    load: (id) => (id === TOKENS_CSS_ID ? THEMES.map((t) => themeCss(themesDir, t)).join('\n') : null),
  };
}
