import { token } from '@atlaskit/tokens';
import { FieldLabel } from '../../../shared/components/field-label';
import type { ProjectVersions, VersionSummary } from '../../../../src/contract';
import { Combobox } from '../../../shared/picker/combobox';

export const NEXT = '__next__';

interface VersionOption {
  value: string;
  name: string;
  detail: string;
  group: string;
}

function detailOf(v: VersionSummary): string {
  const bits = [v.releaseDate ? `release ${v.releaseDate}` : 'no release date'];
  if (v.archived) bits.push('archived');
  else if (v.released) bits.push('released');
  return bits.join(', ');
}

/** "The next unreleased version", then unreleased, released and archived versions, each with its date. */
export function versionOptions(pv: ProjectVersions): VersionOption[] {
  const next = pv.versions.find((v) => v.id === pv.nextUnreleasedId);
  const of = (group: string, list: VersionSummary[]) => list.map((v) => ({ value: v.id, name: v.name, detail: detailOf(v), group }));
  return [
    { value: NEXT, name: 'The next unreleased version', detail: next ? `now ${next.name}` : 'none right now', group: 'Follow releases' },
    ...of('Unreleased', pv.versions.filter((v) => !v.released && !v.archived)),
    ...of('Released', pv.versions.filter((v) => v.released && !v.archived)),
    ...of('Archived', pv.versions.filter((v) => v.archived)),
  ];
}

/** A version of the chosen project, searched by name as the user types (the list is already loaded). */
export function VersionPicker({ versions, choice, onChoose, missing, savedName }: { versions: ProjectVersions; choice: string | null; onChoose: (value: string) => void; missing: boolean; savedName?: string }) {
  const options = versionOptions(versions);
  const selected = options.find((o) => o.value === choice);
  return (
    <div>
      <FieldLabel htmlFor="version">Version</FieldLabel>
      <Combobox<VersionOption>
        id="version"
        placeholder="Choose a version"
        delayMs={0}
        load={async (query) => {
          const q = query.toLowerCase();
          return { options: options.filter((o) => !q || o.name.toLowerCase().includes(q) || o.detail.includes(q)) };
        }}
        keyOf={(o) => o.value}
        textOf={(o) => o.name}
        groupOf={(o) => o.group}
        render={(o) => (
          <>
            <span>{o.name}</span>
            <span className="ss-picker-secondary">{o.detail}</span>
          </>
        )}
        onPick={(o) => onChoose(o.value)}
        selectedKey={choice}
        selectedText={selected ? (selected.value === NEXT ? `${selected.name} (${selected.detail})` : `${selected.name} — ${selected.detail}`) : ''}
        emptyText="No version matches"
        testId="version-select"
        invalid={missing}
        describedBy={missing ? 'saved-version-missing' : undefined}
      />
      {missing && (
        <p id="saved-version-missing" data-testid="saved-version-missing" style={{ margin: `${token('space.050')} 0 0`, color: token('color.text.warning'), font: token('font.body.small') }}>
          The version saved with this gadget{savedName ? ` (${savedName})` : ''} no longer exists in {versions.project.key}. Choose another.
        </p>
      )}
    </div>
  );
}
