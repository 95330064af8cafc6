/**
 * The manifest validates offline with @forge/manifest (the same validator `forge lint` and
 * `forge deploy` use), declares the modules we expect, and pins the scope list: validate() does
 * not check scopes, so this test is where a new scope has to be argued for.
 */
import { validate } from '@forge/manifest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const ROOT = join(__dirname, '..');
const MANIFEST = join(ROOT, 'manifest.yml');

interface Manifest {
  modules: Record<string, Array<{ key: string; resource?: string; resolver?: { function: string } }>>;
  resources: Array<{ key: string; path: string }>;
  permissions: { scopes: string[]; content?: { styles?: string[] } };
  app: { runtime: { name: string }; compatibility?: Record<string, { required: boolean }> };
}
const manifest = parse(readFileSync(MANIFEST, 'utf8')) as Manifest;

/**
 * Every scope, with the reason it is needed. Adding one means arguing for it here; `npm run
 * lint:forge` checks each REST call in src/ against Atlassian's OpenAPI scopes.
 */
const SCOPES: Record<string, string> = {
  'read:jira-work': 'search issues (/search/jql), read projects, versions, fields and issues as the viewing user',
  'read:jira-user': "people pickers: search people by name (GET /rest/api/3/user/picker) and show names for stored account ids (GET /rest/api/3/user/bulk); the signer's and the settings saver's own name (GET /rest/api/3/myself)",
  'storage:app': 'sign-off events (one key each) and the settings page (blocker priorities, required sign-offs) in Forge KVS',
  'read:space:confluence': 'publish the career framework: list the spaces for the space picker and find the chosen one and its homepage (GET /wiki/api/v2/spaces)',
  'read:page:confluence': 'publish the career framework: find the pages published before, by id or by title in the space (GET /wiki/api/v2/pages)',
  'write:page:confluence': 'publish the career framework: create the overview and level pages, and update them on the next publish (POST/PUT /wiki/api/v2/pages)',
};

describe('manifest.yml', () => {
  beforeAll(() => {
    for (const r of manifest.resources) {
      if (!existsSync(join(ROOT, r.path, 'index.html'))) {
        throw new Error(`Resource ${r.key} is not built (${r.path}): run \`npm run build\` first (npm test does).`);
      }
    }
  });

  it('passes @forge/manifest full validation', async () => {
    const result = await validate(false, MANIFEST);
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('rejects a deliberately broken copy (so the validation above can fail)', async () => {
    const broken = structuredClone(manifest) as unknown as Record<string, unknown> & Manifest;
    broken.modules['jira:issuePanel'][0].resource = 'no-such-resource';
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-manifest-'));
    const file = join(dir, 'manifest.yml');
    writeFileSync(file, stringify(broken));
    const result = await validate(false, file);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.errors)).toMatch(/no-such-resource/);
  });

  it('runs on nodejs22.x, Jira required and Confluence optional, one app', () => {
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
    expect(manifest.app.compatibility).toEqual({ jira: { required: true }, confluence: { required: false } });
  });

  it('declares the expected modules, each with a built resource and the shared resolver', () => {
    const keys = Object.fromEntries(
      Object.entries(manifest.modules)
        .filter(([type]) => type !== 'function')
        .map(([type, mods]) => [type, mods.map((m) => m.key)]),
    );
    expect(keys).toEqual({
      'jira:issuePanel': ['shipshape-issue-panel'],
      'jira:dashboardGadget': ['shipshape-readiness-gadget'],
      'jira:adminPage': ['shipshape-settings'],
      macro: ['shipshape-roadmap', 'shipshape-competency-matrix'],
      'confluence:spacePage': ['shipshape-competency'],
      'confluence:globalPage': ['shipshape-competency-global'],
    });
    const resourceKeys = manifest.resources.map((r) => r.key);
    for (const [type, mods] of Object.entries(manifest.modules)) {
      if (type === 'function') continue;
      for (const m of mods) {
        expect(resourceKeys).toContain(m.resource);
        expect(m.resolver).toEqual({ function: 'resolver' });
      }
    }
    expect(manifest.modules.function).toEqual([{ key: 'resolver', handler: 'index.handler' }]);
  });

  it('asks for exactly the pinned scopes (least privilege)', () => {
    expect([...manifest.permissions.scopes].sort()).toEqual(Object.keys(SCOPES).sort());
  });

  it('allows inline styles, which Atlaskit needs', () => {
    expect(manifest.permissions.content?.styles).toEqual(['unsafe-inline']);
  });
});
