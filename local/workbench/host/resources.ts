/**
 * The app's Custom UI resources, served as Forge serves them from its CDN: from a second origin,
 * with Forge's CSP, and index.html with the bridge stand-in injected first; plus the host page's
 * own client files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Manifest } from './manifest';
import { MIME, send } from './respond';
import { forgeCsp } from './security';

const CLIENT_DIR = path.join(__dirname, 'client');

/**
 * The other loopback name for the app origin: the host page at http://localhost:P frames the app
 * from http://127.0.0.1:P (and the other way round), so the app is cross-origin to its host as on
 * Forge. Any other host name: same origin (reduced isolation, still the same sandbox and CSP).
 */
export function appHostFor(host: string): string {
  const m = /^(localhost|127\.0\.0\.1)(:\d+)?$/.exec(host);
  if (!m) return host;
  return `${m[1] === 'localhost' ? '127.0.0.1' : 'localhost'}${m[2] ?? ''}`;
}

/** `/__workbench/…`: the bridge stand-in and the host page's script and style; false for any other path. */
export function serveClientFile(res: ServerResponse, pathname: string): boolean {
  if (pathname === '/__workbench/bridge.js') {
    send(res, 200, readFileSync(path.join(CLIENT_DIR, 'bridge-standin.js')), MIME['.js']);
    return true;
  }
  if (pathname === '/__workbench/host-page.js' || pathname === '/__workbench/host.css') {
    const name = path.basename(pathname);
    send(res, 200, readFileSync(path.join(CLIENT_DIR, name)), MIME[path.extname(name)]);
    return true;
  }
  return false;
}

/** `/__app/<resource>/<file>`: a resource file, with Forge's CSP. */
export function serveResource(req: IncomingMessage, res: ServerResponse, url: URL, m: Manifest, rootDir: string, port: number): void {
  const [, , resourceKey, ...rest] = url.pathname.split('/');
  const resource = m.resources.find((r) => r.key === resourceKey);
  if (!resource) return send(res, 404, 'No such resource', 'text/plain');
  const dir = path.resolve(rootDir, resource.path);
  const rel = decodeURIComponent(rest.join('/')) || 'index.html';
  const file = path.resolve(dir, rel);
  if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    return send(res, 404, `Not found: ${rel} in ${resource.path} (run npm run build?)`, 'text/plain', { 'content-security-policy': forgeCsp(m) });
  }
  const headers = { 'content-security-policy': forgeCsp(m), 'x-content-type-options': 'nosniff' };
  const type = MIME[path.extname(file)] ?? 'application/octet-stream';
  if (path.basename(file) === 'index.html') {
    const hostOrigin = url.searchParams.get('hostOrigin') ?? '';
    const expected = new Set([`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://${appHostFor(req.headers.host ?? '')}`]);
    if (!expected.has(hostOrigin)) return send(res, 400, 'hostOrigin must be the workbench host page origin', 'text/plain', headers);
    const html = readFileSync(file, 'utf8');
    const tag = `<script src="/__workbench/bridge.js" data-host-origin="${hostOrigin.replace(/"/g, '')}"></script>`;
    const injected = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (h) => `${h}\n${tag}`) : `${tag}\n${html}`;
    return send(res, 200, injected, type, headers);
  }
  return send(res, 200, readFileSync(file), type, headers);
}
