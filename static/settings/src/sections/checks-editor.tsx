import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { PeoplePicker } from '../../../shared/picker/people-picker';
import { nextKey } from '../draft';
import { checkName, type DraftCheck, type Problem } from '../problems';
import { FieldProblems, helpStyle } from './field-problems';

/** How a move button looks at the top or bottom (aria-disabled: still focusable, does nothing). */
const dimmed = { opacity: 0.4, cursor: 'not-allowed' } as const;

export interface ChecksProps {
  /** Field names of this list start with it ('' for the site's, `projects.<key>.` for a project's). */
  prefix: string;
  checks: DraftCheck[];
  readOnly: boolean;
  problemsOf: (field: string) => Problem[];
  onChange: (checks: DraftCheck[]) => void;
  focus: (selector: string) => void;
}

/** Required sign-offs: add, rename, remove, reorder; each signable by anyone or by the people picked. */
export function ChecksEditor({ prefix, checks, readOnly: ro, problemsOf, onChange, focus }: ChecksProps) {
  const row = (key: string) => `[data-key="${key}"]`;
  const editCheck = (i: number, patch: Partial<DraftCheck>) => onChange(checks.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  // At the top or the bottom the button stays focusable (aria-disabled) and does nothing, so
  // keyboard focus never falls to the page.
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= checks.length) return;
    const next = [...checks];
    const [c] = next.splice(i, 1);
    next.splice(j, 0, c!);
    onChange(next);
    focus(`${row(c!.key)} [data-move="${by < 0 ? 'up' : 'down'}"] button`);
  };
  const add = () => {
    const key = nextKey();
    onChange([...checks, { id: null, key, label: '', anyone: true, signers: [] }]);
    focus(`${row(key)} input[data-testid=check-label-input]`);
  };
  const remove = (i: number) => {
    const rest = checks.filter((_, j) => j !== i);
    onChange(rest);
    const next = rest[i] ?? rest[i - 1];
    focus(next ? `${row(next.key)} input[data-testid=check-label-input]` : `[data-scope="${prefix}checks"] [data-testid=add-check]`);
  };

  return (
    <div data-scope={`${prefix}checks`} style={{ display: 'grid', gap: token('space.100') }}>
      <FieldProblems id={`${prefix}checks-error`} problems={problemsOf(`${prefix}checks`)} />
      <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
        {checks.map((c, i) => {
          const name = checkName(c.label, i, c.id === null);
          const labelProblems = problemsOf(`${prefix}checks.${c.key}.label`);
          const signerProblems = problemsOf(`${prefix}checks.${c.key}.signers`);
          const first = i === 0;
          const last = i === checks.length - 1;
          return (
            <li key={c.key} data-key={c.key} data-testid="check-setting" data-check-id={c.id ?? ''} style={{ display: 'grid', gap: token('space.075'), padding: token('space.150'), borderRadius: token('radius.medium'), border: `${token('border.width')} solid ${token('color.border')}` }}>
              <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
                <span style={{ ...helpStyle, minWidth: '1.5em' }}>{i + 1}.</span>
                <div style={{ flex: 1, display: 'grid', gap: token('space.050') }}>
                  <Textfield
                    aria-label={`Label of sign-off ${i + 1}`}
                    testId="check-label-input"
                    value={c.label}
                    isReadOnly={ro}
                    isInvalid={labelProblems.length > 0}
                    aria-describedby={labelProblems.length > 0 ? `label-error-${c.key}` : undefined}
                    placeholder={c.id === null ? 'Name the new check, e.g. Security review' : undefined}
                    onChange={(e) => editCheck(i, { label: (e.target as HTMLInputElement).value })}
                  />
                  <FieldProblems id={`label-error-${c.key}`} problems={labelProblems} />
                </div>
                {!ro && (
                  <>
                    <span data-move="up" style={first ? dimmed : undefined}>
                      <Button appearance="subtle" spacing="compact" aria-disabled={first || undefined} aria-label={`Move ${name} up`} onClick={() => move(i, -1)}>
                        ↑
                      </Button>
                    </span>
                    <span data-move="down" style={last ? dimmed : undefined}>
                      <Button appearance="subtle" spacing="compact" aria-disabled={last || undefined} aria-label={`Move ${name} down`} onClick={() => move(i, 1)}>
                        ↓
                      </Button>
                    </span>
                    <Button appearance="subtle" spacing="compact" aria-label={`Remove ${name}`} onClick={() => remove(i)}>
                      Remove
                    </Button>
                  </>
                )}
              </div>
              <fieldset style={{ border: 0, margin: 0, padding: `0 0 0 calc(1.5em + ${token('space.100')})`, display: 'grid', gap: token('space.050') }}>
                <legend style={{ ...helpStyle, padding: 0 }}>Who may sign {c.id ? <code style={{ marginInlineStart: token('space.050') }}>id {c.id}</code> : '(new)'}</legend>
                <label style={{ display: 'flex', gap: token('space.075'), alignItems: 'center' }}>
                  <input type="radio" name={`who-${c.key}`} checked={c.anyone} disabled={ro} onChange={() => editCheck(i, { anyone: true })} /> Anyone who can see the version
                </label>
                <label style={{ display: 'flex', gap: token('space.075'), alignItems: 'center' }}>
                  <input type="radio" name={`who-${c.key}`} checked={!c.anyone} disabled={ro} onChange={() => editCheck(i, { anyone: false })} /> Only these people
                </label>
                {!c.anyone && (
                  <div style={{ maxWidth: 480 }}>
                    {ro ? (
                      <PeoplePicker id={`signers-${c.key}`} testId="signers" value={c.signers} onChange={() => undefined} label={`People who may sign ${name}`} readOnly />
                    ) : (
                      <PeoplePicker
                        id={`signers-${c.key}`}
                        testId="signers"
                        value={c.signers}
                        onChange={(signers) => editCheck(i, { signers })}
                        label={`Add a person who may sign ${name}`}
                        placeholder="Type part of a name to add a signer"
                        invalid={signerProblems.length > 0}
                        describedBy={signerProblems.length > 0 ? `signers-error-${c.key}` : undefined}
                      />
                    )}
                  </div>
                )}
                <FieldProblems id={`signers-error-${c.key}`} problems={signerProblems} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      {checks.length === 0 && <p style={helpStyle}>No sign-off required: a finished version is ready as soon as its work is done.</p>}
      {!ro && (
        <div>
          <Button onClick={add} testId="add-check">
            Add a sign-off
          </Button>
        </div>
      )}
    </div>
  );
}
