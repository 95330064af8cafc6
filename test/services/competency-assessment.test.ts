/** Assessment service: the promotion packet (Markdown) and evidence links. */
import { activeFramework, classifyEvidence, exportMarkdown, getMine, mdText, saveMine, type AssessmentDeps } from '../../src/services/competency';
import { MemoryStore } from '../../src/store/memory-store';

async function env(accountId = 'acc-dana', store = new MemoryStore()): Promise<AssessmentDeps> {
  return { store, accountId, today: '2025-11-29', now: '2025-11-29T12:00:00.000Z', active: await activeFramework({ store }), jiraSiteUrl: 'https://acme.atlassian.net' };
}

const dana = {
  person: 'Dana *Fox*',
  currentLevel: 'PO1',
  currentLevelSince: '2024-05-31',
  targetLevel: 'PO2',
  demonstrated: [
    { skill: 'Tools & Initiatives', behaviour: 1, evidence: 'PO-12' },
    { skill: 'Tools & Initiatives', behaviour: 1, evidence: 'https://acme.atlassian.net/wiki/spaces/PO/pages/9/Tooling' },
    { skill: 'Business Support for Products', behaviour: 3, evidence: 'Ran the | pricing # review [with] Sales\nand Support' },
    { skill: 'Collaboration', behaviour: 2, evidence: '   ' },
  ],
};

describe('promotion packet (Markdown)', () => {
  it('has the person, levels, months in role against 18, categories with counts, evidence and what is missing', async () => {
    const e = await env();
    await saveMine(e, dana);
    const { markdown, filename, asOf } = await exportMarkdown(e);
    expect(asOf).toBe('2025-11-29');
    expect(filename).toBe('promotion-packet-dana-fox-PO2-2025-11-29.md');
    expect(markdown).toContain('# Promotion packet: Dana \\*Fox\\*');
    expect(markdown).toContain('| Current level | PO1, since 2024-05-31 |');
    expect(markdown).toContain('| Target level | PO2 |');
    expect(markdown).toContain('| Time in PO1 | 17 of 18 whole months (not yet; reached on 2025-11-30) |');
    expect(markdown).toContain('| Eligible to level up | Not yet |');
    expect(markdown).toContain('| Product Skills | Yes | 2 of 12 |');
    expect(markdown).toContain('| Process Skills | No | 0 of 6 |');
    expect(markdown).toContain('| People Skills | No | 0 of 6 |');
    expect(markdown).toContain('- 17 whole months in PO1 since 2024-05-31; 18 are needed (reached on 2025-11-30)');
    expect(markdown).toContain('#### Tools & Initiatives');
    expect(markdown).toContain('  - Evidence: [PO-12](<https://acme.atlassian.net/browse/PO-12>)');
    expect(markdown).toContain('  - Evidence: [https://acme.atlassian.net/wiki/spaces/PO/pages/9/Tooling](<https://acme.atlassian.net/wiki/spaces/PO/pages/9/Tooling>)');
    // Typed text is escaped and kept on one line.
    expect(markdown).toContain('  - Evidence: Ran the \\| pricing \\# review \\[with\\] Sales and Support');
    expect(markdown).toContain('## What is missing');
    expect(markdown).toContain('- Time in PO1: 1 more whole month (reached on 2025-11-30).');
    expect(markdown).toContain('- Process Skills: not covered; demonstrate at least one of its 6 behaviours.');
    expect(markdown).toContain('### Behaviours of PO2 not yet demonstrated');
    expect(markdown).toContain('- Entry 4, Collaboration 2: empty evidence demonstrates nothing.');
  });

  it('says eligible when it is, as of a later date', async () => {
    const e = await env();
    await saveMine(e, {
      ...dana,
      demonstrated: [...dana.demonstrated, { skill: 'Documentation', behaviour: 1, evidence: 'Wrote the runbook' }, { skill: 'Leadership', behaviour: 1, evidence: 'Mentored two new hires' }],
    });
    const { markdown } = await exportMarkdown(e, { asOf: '2025-11-30' });
    expect(markdown).toContain('| Eligible to level up | Yes |');
    expect(markdown).toContain('| Time in PO1 | 18 of 18 whole months (met) |');
    expect(markdown).toContain('- Nothing required is missing.');
  });

  it('answers NOT_FOUND with no assessment, and an empty view from getMine', async () => {
    const e = await env('acc-new');
    await expect(exportMarkdown(e)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await getMine(e)).toMatchObject({ assessment: null, readiness: null, problem: null, sharedWith: [] });
  });
});

describe('evidence links', () => {
  it('tells Jira issue keys, Confluence pages, URLs and sentences apart; only http(s) becomes a link', () => {
    expect(classifyEvidence('PO-12', 'https://acme.atlassian.net/')).toEqual({ kind: 'jira-issue', href: 'https://acme.atlassian.net/browse/PO-12' });
    expect(classifyEvidence('PO-12')).toEqual({ kind: 'jira-issue', href: null });
    // Jira matches keys in any case and writes them upper-case
    expect(classifyEvidence('po-12', 'https://acme.atlassian.net')).toEqual({ kind: 'jira-issue', href: 'https://acme.atlassian.net/browse/PO-12' });
    expect(classifyEvidence('https://acme.atlassian.net/browse/MOB-3')).toEqual({ kind: 'jira-issue', href: 'https://acme.atlassian.net/browse/MOB-3' });
    expect(classifyEvidence('https://acme.atlassian.net/wiki/spaces/PO/pages/1')).toMatchObject({ kind: 'confluence-page' });
    expect(classifyEvidence('https://example.com/deck')).toEqual({ kind: 'url', href: 'https://example.com/deck' });
    expect(classifyEvidence('javascript:alert(1)')).toEqual({ kind: 'text', href: null });
    expect(classifyEvidence('Led the Q3 planning')).toEqual({ kind: 'text', href: null });
    expect(classifyEvidence('  ')).toEqual({ kind: 'empty', href: null });
  });

  it('escapes Markdown in typed text', () => {
    expect(mdText('1. **bold** <b> `x`')).toBe('1\\. \\*\\*bold\\*\\* \\<b\\> \\`x\\`');
    expect(mdText('- item')).toBe('\\- item');
  });
});

describe('promotion packet of a custom framework', () => {
  it('escapes level ids, names and behaviours a team typed: <b> shows as typed, never as markup', async () => {
    const store = new MemoryStore();
    const framework = {
      id: 'eng',
      name: 'Eng <i>Levels</i>',
      jobFamily: 'Engineering',
      ladders: [{ id: 'ic', name: 'IC', role: 'Engineer', levels: ['<b>E1</b>', 'E2*'] }],
      levels: [
        { id: '<b>E1</b>', rank: 1, ladder: 'ic', scope: 's', reporting: 'r', categories: [{ name: 'Craft', skills: [{ name: 'Code', behaviours: ['Writes code'] }] }] },
        { id: 'E2*', rank: 2, ladder: 'ic', scope: 's', reporting: 'r', categories: [{ name: '# Craft', skills: [{ name: 'Code', behaviours: ['<img src=x onerror=alert(1)>'] }] }] },
      ],
    };
    const { FrameworkStore } = await import('../../src/store/framework-store');
    const { validateFramework } = await import('../../src/frameworks');
    const valid = validateFramework(framework);
    if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
    await new FrameworkStore(store).saveCustom(valid.framework, 'acc-admin', '2025-11-01T00:00:00.000Z');
    const e = await env('acc-dana', store);
    await saveMine(e, { person: 'Dana', currentLevel: '<b>E1</b>', currentLevelSince: '2023-01-01', targetLevel: 'E2*', demonstrated: [] });
    const { markdown } = await exportMarkdown(e);
    expect(markdown).not.toMatch(/(?<!\\)</); // every < is escaped
    expect(markdown).toContain('**\\<b\\>E1\\</b\\> → E2\\***');
    expect(markdown).toContain('| Current level | \\<b\\>E1\\</b\\>, since 2023-01-01 |');
    expect(markdown).toContain('### Behaviours of E2\\* not yet demonstrated');
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
  });
});
