import type { Person } from '../../../src/contract';
import { searchPeople } from '../picker-api';
import { Avatar } from './avatar';
import { Combobox } from './combobox';
import { rememberPeople, usePeopleNames } from './use-people-names';

export interface PeoplePickerProps {
  id: string;
  /** The chosen account ids (what is stored). */
  value: readonly string[];
  onChange: (accountIds: string[]) => void;
  /** Accessible name of the search field, e.g. "Add a signer". */
  label: string;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
  testId?: string;
  /** Leave people out of the suggestions (e.g. yourself when sharing). */
  exclude?: readonly string[];
  /** Single choice: picking replaces the list instead of adding to it. */
  single?: boolean;
  /** Only the chosen people, without search or remove buttons. */
  readOnly?: boolean;
}

export function PersonLabel({ person }: { person: Person }) {
  return (
    <>
      <Avatar name={person.displayName} url={person.avatarUrl} />
      <span>{person.displayName}</span>
    </>
  );
}

/**
 * Chosen people as name chips (each with a remove button), and a search field that adds one:
 * people are searched as the viewer by part of their name; ids stay what is stored, names are
 * resolved in bulk for what was stored before.
 */
export function PeoplePicker(props: PeoplePickerProps) {
  const { value, onChange } = props;
  const { people, loading, error } = usePeopleNames(value);
  const exclude = new Set([...(props.exclude ?? []), ...(props.single ? [] : value)]);
  const testId = props.testId ?? props.id;
  return (
    <div data-testid={testId}>
      {value.length > 0 && !props.single && (
        <ul className="ss-picker-chips" aria-label="Chosen" data-testid={`${testId}-chosen`}>
          {value.map((id) => {
            const p = people.get(id);
            const name = p?.displayName ?? (error ? id : loading ? 'Loading name…' : 'Unknown person');
            return (
              <li key={id} className="ss-picker-chip" data-testid={`${testId}-chip`} data-account-id={id}>
                <Avatar name={p?.displayName ?? '?'} url={p?.avatarUrl ?? null} size={20} />
                <span title={p ? undefined : `Account id ${id}`}>{name}</span>
                {!props.readOnly && (
                  <button type="button" aria-label={`Remove ${name}`} data-testid={`${testId}-remove`} onClick={() => onChange(value.filter((x) => x !== id))}>
                    ×
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!props.readOnly && (
      <Combobox<Person>
        id={props.id}
        ariaLabel={props.label}
        placeholder={props.placeholder ?? 'Type part of a name'}
        minChars={1}
        load={async (query) => {
          const found = (await searchPeople({ query })).filter((p) => !exclude.has(p.accountId));
          rememberPeople(found);
          return { options: found };
        }}
        keyOf={(p) => p.accountId}
        textOf={(p) => p.displayName}
        render={(p) => <PersonLabel person={p} />}
        onPick={(p) => onChange(props.single ? [p.accountId] : [...value, p.accountId])}
        selectedKey={props.single ? (value[0] ?? null) : null}
        selectedText={props.single && value[0] ? (people.get(value[0])?.displayName ?? '') : undefined}
        clearOnPick={!props.single}
        emptyText="No one matches"
        hintText="Type part of a name"
        invalid={props.invalid}
        describedBy={props.describedBy}
        testId={`${testId}-search`}
      />
      )}
    </div>
  );
}
