import { settingsForProject, settingsRuleProblems } from '../../src/domain/settings';

const check = (id: string) => ({ id, label: id.toUpperCase(), signers: 'anyone' as const });
const site = {
  blockerPriorities: ['Highest'],
  checks: [check('qa')],
  storyPointsField: null,
  projects: [
    { projectId: '10000', blockerPriorities: [], checks: null },
    { projectId: '10001', blockerPriorities: null, checks: [check('mobile')] },
  ],
};

describe('settingsForProject', () => {
  it("uses a project's own parts where it has them and the site's for the rest", () => {
    expect(settingsForProject(site, '10000')).toMatchObject({ blockerPriorities: [], checks: [check('qa')], own: { blockerPriorities: true, checks: false } });
    expect(settingsForProject(site, '10001')).toMatchObject({ blockerPriorities: ['Highest'], checks: [check('mobile')], own: { blockerPriorities: false, checks: true } });
  });

  it('a project without its own settings (or settings saved before projects existed) uses the site defaults', () => {
    expect(settingsForProject(site, '99999')).toMatchObject({ blockerPriorities: ['Highest'], checks: [check('qa')], own: { blockerPriorities: false, checks: false } });
    const { projects: _ignored, ...old } = site;
    expect(settingsForProject(old, '10000')).toMatchObject({ blockerPriorities: ['Highest'], own: { blockerPriorities: false, checks: false } });
  });
});

describe('settingsRuleProblems: projects', () => {
  const base = { blockerPriorities: ['Highest'], checks: [check('qa')], storyPointsField: null };
  it("names the project's field for each problem, and refuses a project listed twice", () => {
    const problems = settingsRuleProblems({
      ...base,
      projects: [
        { projectId: '10000', projectKey: 'PO', blockerPriorities: ['High', ' high'], checks: [{ label: '', signers: 'anyone' }] },
        { projectId: '10000', projectKey: 'PO', blockerPriorities: null, checks: null },
        { projectId: 'PO', projectKey: 'PO', blockerPriorities: null, checks: null },
      ],
    });
    expect(problems.map((p) => p.field)).toEqual(['projects.0.blockerPriorities.1', 'projects.0.checks.0.label', 'projects.1.projectId', 'projects.2.projectId']);
    expect(problems[2]!.message).toBe('Project PO has settings twice.');
  });

  it('accepts null parts (the site’s) and no projects at all', () => {
    expect(settingsRuleProblems({ ...base, projects: [{ projectId: '10000', projectKey: 'PO', blockerPriorities: null, checks: null }] })).toEqual([]);
    expect(settingsRuleProblems(base)).toEqual([]);
    expect(settingsRuleProblems({ ...base, projects: 'PO' })).toEqual([{ field: 'projects', message: '"projects" must be a list.' }]);
  });

  it('refuses settings too large for one stored value, saying what to cut', () => {
    const id = (n: number) => `${n}`.padStart(128, 'a');
    const checks = Array.from({ length: 20 }, (_, c) => ({ id: null, label: `Check ${c}`, signers: Array.from({ length: 50 }, (_, i) => id(c * 100 + i)) }));
    const projects = Array.from({ length: 3 }, (_, p) => ({ projectId: String(10000 + p), projectKey: `P${p}`, blockerPriorities: null, checks }));
    expect(settingsRuleProblems({ ...base, projects: projects.slice(0, 1) })).toEqual([]);
    expect(settingsRuleProblems({ ...base, projects })).toEqual([{ field: 'settings', message: expect.stringMatching(/^The settings are too large to store \(\d+ KiB; at most 200 KiB\): give fewer projects/) }]);
  });
});
