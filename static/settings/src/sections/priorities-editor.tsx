import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { priorityProblem, type Problem } from '../problems';
import { FieldProblems, helpStyle } from './field-problems';

const norm = (s: string): string => s.trim().toLowerCase();

export interface PrioritiesProps {
  /** Ids on this page start with it ('' for the site's, `p-<key>-` for a project's). */
  idPrefix: string;
  priorities: string[];
  sitePriorities: string[];
  readOnly: boolean;
  problems: Problem[];
  onChange: (priorities: string[]) => void;
  focus: (selector: string) => void;
}

/** Blocker priorities as removable chips, with a field to add one (the site's priorities suggested). */
export function PrioritiesEditor({ idPrefix, priorities, sitePriorities, readOnly, problems, onChange, focus }: PrioritiesProps) {
  const [newPriority, setNewPriority] = useState('');
  const [error, setError] = useState<string | null>(null);
  const scope = `[data-scope="${idPrefix}priorities"]`;
  /** Site priorities are known and this saved one is not among them: it matches no issue. */
  const unknownOnSite = (p: string) => sitePriorities.length > 0 && !sitePriorities.some((x) => norm(x) === norm(p));
  const unknown = priorities.filter(unknownOnSite);
  const add = () => {
    const why = priorityProblem(newPriority, priorities, sitePriorities);
    if (why) {
      setError(why);
      focus(`${scope} input[data-testid=new-priority]`);
      return;
    }
    const site = sitePriorities.find((x) => norm(x) === norm(newPriority));
    onChange([...priorities, site ?? newPriority.trim()]);
    setNewPriority('');
    setError(null);
  };
  return (
    <div data-scope={`${idPrefix}priorities`} style={{ display: 'grid', gap: token('space.100') }}>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.075'), listStyle: 'none', margin: 0, padding: 0 }}>
        {priorities.map((p, i) => (
          <li
            key={`${p}-${i}`}
            data-testid="priority"
            data-unknown={unknownOnSite(p) || undefined}
            title={unknownOnSite(p) ? `${p} is not a priority on this Jira site: it matches no issue` : undefined}
            style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.050'), padding: `${token('space.025')} ${token('space.050')} ${token('space.025')} ${token('space.100')}`, borderRadius: token('radius.full'), backgroundColor: unknownOnSite(p) ? token('color.background.warning') : token('color.background.neutral'), color: unknownOnSite(p) ? token('color.text.warning') : undefined }}
          >
            {p}
            {unknownOnSite(p) && <span style={{ font: token('font.body.small') }}>(not on this site)</span>}
            {!readOnly && (
              <Button
                appearance="subtle"
                spacing="compact"
                aria-label={`Remove ${p}`}
                onClick={() => {
                  onChange(priorities.filter((_, j) => j !== i));
                  focus(`${scope} input[data-testid=new-priority]`);
                }}
              >
                ×
              </Button>
            )}
          </li>
        ))}
        {priorities.length === 0 && <li style={helpStyle}>None: nothing counts as a blocker.</li>}
      </ul>
      {unknown.length > 0 && (
        <p data-testid="unknown-priorities" style={{ ...helpStyle, color: token('color.text.warning') }}>
          {unknown.join(', ')} {unknown.length === 1 ? 'is' : 'are'} not a priority on this Jira site, so no issue matches. Kept as saved; remove {unknown.length === 1 ? 'it' : 'them'} if the site will not have{' '}
          {unknown.length === 1 ? 'it' : 'them'}.
        </p>
      )}
      <FieldProblems id={`${idPrefix}priorities-error`} problems={problems} />
      {!readOnly && (
        <div style={{ display: 'flex', gap: token('space.100'), maxWidth: 420 }}>
          <div style={{ flex: 1 }}>
            <Textfield
              testId="new-priority"
              aria-label="Add a blocker priority"
              placeholder="Add a priority"
              value={newPriority}
              list={`${idPrefix}site-priorities`}
              isInvalid={error !== null}
              aria-describedby={error ? `${idPrefix}new-priority-error` : undefined}
              onChange={(e) => {
                setNewPriority((e.target as HTMLInputElement).value);
                setError(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') add();
              }}
            />
            {error && <FieldProblems id={`${idPrefix}new-priority-error`} problems={[{ field: 'new-priority', message: error }]} />}
            <datalist id={`${idPrefix}site-priorities`}>
              {sitePriorities.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </div>
          <Button onClick={add} testId="add-priority">
            Add
          </Button>
        </div>
      )}
    </div>
  );
}
