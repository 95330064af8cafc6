import type { CheckSetting, SettingsView } from '../../../src/contract';
import type { Draft, DraftCheck, DraftProject } from './problems';

let keySeq = 0;
export const nextKey = (): string => `k${++keySeq}`;

export const draftChecks = (checks: readonly CheckSetting[]): DraftCheck[] =>
  checks.map((c) => ({ id: c.id, key: nextKey(), label: c.label, anyone: c.signers === 'anyone', signers: c.signers === 'anyone' ? [] : [...c.signers] }));

/** The page's editable copy of saved settings. A project's part that uses the site's starts as a copy of the site's. */
export function draftOf(v: SettingsView): Draft {
  const s = v.settings;
  return {
    priorities: [...s.blockerPriorities],
    checks: draftChecks(s.checks),
    storyPointsField: s.storyPointsField ?? '',
    frameworkEditors: [...(s.frameworkEditors ?? [])],
    projects: (s.projects ?? []).map(
      (p): DraftProject => ({
        key: nextKey(),
        projectId: p.projectId,
        projectKey: p.projectKey,
        projectName: p.projectName ?? p.projectKey,
        ownPriorities: p.blockerPriorities !== null,
        ownChecks: p.checks !== null,
        priorities: [...(p.blockerPriorities ?? s.blockerPriorities)],
        checks: draftChecks(p.checks ?? s.checks),
      }),
    ),
  };
}

/** A project newly given its own settings: both parts start as the site's (not yet its own). */
export function newProjectDraft(d: Draft, project: { id: string; key: string; name: string }): DraftProject {
  return {
    key: nextKey(),
    projectId: project.id,
    projectKey: project.key,
    projectName: project.name,
    ownPriorities: false,
    ownChecks: false,
    priorities: [...d.priorities],
    checks: d.checks.map((c) => ({ ...c, key: nextKey(), signers: [...c.signers] })),
  };
}
