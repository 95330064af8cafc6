/**
 * The iframe sandbox, feature policy and Content-Security-Policy Forge applies to Custom UI, so
 * that what breaks in Forge breaks in the workbench first.
 */
import type { Manifest } from './manifest';

/**
 * Sandbox attributes of the Custom UI iframe, as the table "Sandbox restrictions" lists them:
 * allow-downloads, allow-forms, allow-modals, allow-pointer-lock, allow-same-origin, allow-scripts
 * — and nothing else: no allow-popups (window.open returns null, target=_blank links are dead), no
 * allow-top-navigation (the app cannot navigate Jira away).
 * Source: https://developer.atlassian.com/platform/forge/custom-ui/iframe/
 */
export const FORGE_IFRAME_SANDBOX = [
  'allow-downloads',
  'allow-forms',
  'allow-modals',
  'allow-pointer-lock',
  'allow-same-origin',
  'allow-scripts',
].join(' ');

/**
 * Feature policies of the Custom UI iframe ("Feature policies" table): camera, clipboard-write,
 * display-capture, fullscreen, microphone.
 * Source: https://developer.atlassian.com/platform/forge/custom-ui/iframe/
 */
export const FORGE_IFRAME_ALLOW = 'camera; clipboard-write; display-capture; fullscreen; microphone';

/**
 * The Content-Security-Policy of a Custom UI resource.
 *
 * Forge's rule: "By default, Atlassian blocks any policies that are considered unsafe for your
 * custom UI app" — scripts and styles come from the app's own resource only, with no inline code —
 * and the manifest opts in to more: `permissions.content.scripts` / `.styles` add sources such as
 * 'unsafe-inline', 'unsafe-hashes', 'unsafe-eval' to script-src / style-src, and
 * `permissions.external.*` (fetch.client, images, fonts, styles, scripts, media, frames) add the
 * listed hosts to the matching directive.
 * Sources: https://developer.atlassian.com/platform/forge/add-content-security-and-egress-controls/
 *          https://developer.atlassian.com/platform/forge/manifest-reference/permissions/
 *          ("Content permissions": "the scripts list declares which sources are allowed for an
 *          app's script-src policy"; styles likewise for style-src)
 *
 * Forge publishes the rule, not the header verbatim; the directives below are that rule written
 * out ('self' = the resource's own origin, data:/blob: for images and fonts the bundle inlines).
 * Resolver calls never need connect-src: `invoke` goes through the bridge (postMessage), not HTTP.
 */
export function forgeCsp(manifest: Pick<Manifest, 'content' | 'external'>): string {
  const quote = (s: string) => (/^(unsafe-|strict-dynamic|wasm-unsafe-eval|sha\d+-|nonce-)/.test(s) ? `'${s}'` : s);
  const hosts = (list: string[]) => list.map((h) => (h === '*' ? '*' : h));
  const directive = (name: string, sources: string[]) => `${name} ${[...new Set(sources)].join(' ')}`;
  const { content, external } = manifest;
  return [
    directive('default-src', ["'self'"]),
    directive('script-src', ["'self'", ...content.scripts.map(quote), ...hosts(external.scripts)]),
    directive('style-src', ["'self'", ...content.styles.map(quote), ...hosts(external.styles)]),
    directive('img-src', ["'self'", 'data:', 'blob:', ...hosts(external.images)]),
    directive('font-src', ["'self'", 'data:', ...hosts(external.fonts)]),
    directive('media-src', ["'self'", 'blob:', ...hosts(external.media)]),
    directive('connect-src', ["'self'", ...hosts(external.fetch.client)]),
    directive('frame-src', external.frames.length > 0 ? hosts(external.frames) : ["'none'"]),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
