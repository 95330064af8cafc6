import fs from 'node:fs';
import path from 'node:path';
import { appTitle } from '../../local/html-shell';
import { listApps } from '../../local/ui-build';

const MANIFEST = fs.readFileSync(path.resolve(__dirname, '..', '..', 'manifest.yml'), 'utf8');

describe('one HTML template for every app', () => {
  it('titles each app’s frame after the manifest module that shows it', () => {
    expect(Object.fromEntries(listApps().map((app) => [app, appTitle(MANIFEST, app)]))).toEqual({
      competency: 'Career framework',
      'competency-macro': 'Shipshape competency matrix',
      'competency-macro-config': 'Competency matrix settings',
      'issue-panel': 'Shipshape progress',
      'readiness-gadget': 'Release readiness',
      'readiness-gadget-edit': 'Release readiness — edit',
      'roadmap-macro': 'Shipshape roadmap',
      'roadmap-macro-config': 'Shipshape roadmap settings',
      settings: 'Shipshape settings',
    });
  });

  it('refuses an app no manifest module shows, naming its folder', () => {
    expect(() => appTitle(MANIFEST, 'nowhere')).toThrow('manifest.yml has no module showing static/nowhere/dist');
  });

  it('keeps no HTML in the app folders: the template is the only one', () => {
    const html = listApps().filter((app) => fs.existsSync(path.resolve(__dirname, '..', '..', 'static', app, 'index.html')));
    expect(html).toEqual([]);
    expect(fs.readFileSync(path.resolve(__dirname, '..', '..', 'static', 'shared', 'index.html'), 'utf8')).toContain('<title>%APP_TITLE%</title>');
  });
});
