import { Avatar } from './avatar';
import { Combobox } from './combobox';

/** Something picked by name that is stored by its key: a Jira project, a Confluence space. */
export interface KeyedOption {
  key: string;
  name: string;
  avatarUrl?: string | null;
}

/** "Name (KEY)": how the input shows a chosen project or space. */
export const keyedText = (o: { key: string; name: string }): string => `${o.name} (${o.key})`;

/** An option's label: square avatar, name, key. */
function KeyedOptionLabel({ name, optionKey, avatarUrl }: { name: string; optionKey: string; avatarUrl: string | null }) {
  return (
    <>
      <Avatar name={optionKey} url={avatarUrl} shape="square" />
      <span>{name}</span>
      <span className="ss-picker-secondary">{optionKey}</span>
    </>
  );
}

export interface KeyedPickerProps<T extends KeyedOption> {
  id: string;
  /** The chosen option's key, and what the input shows for it. */
  selectedKey: string | null;
  selectedText: string;
  onPick: (option: T) => void;
  ariaLabel?: string;
  invalid?: boolean;
  describedBy?: string;
  testId?: string;
}

/**
 * A combobox over options searched by name or key, with a square avatar, the name and the key;
 * `what` names them in the placeholder ("Type a project name or key"), `emptyText` says why
 * nothing matched, and `load` answers one query with whether there are more than it lists.
 */
export function KeyedPicker<T extends KeyedOption>(
  props: KeyedPickerProps<T> & { what: string; emptyText: string; load: (query: string) => Promise<{ options: T[]; more: boolean }> },
) {
  return (
    <Combobox<T>
      id={props.id}
      ariaLabel={props.ariaLabel}
      placeholder={`Type a ${props.what} name or key`}
      minChars={0}
      load={props.load}
      keyOf={(o) => o.key}
      textOf={keyedText}
      render={(o) => <KeyedOptionLabel name={o.name} optionKey={o.key} avatarUrl={o.avatarUrl ?? null} />}
      onPick={props.onPick}
      selectedKey={props.selectedKey}
      selectedText={props.selectedText}
      emptyText={props.emptyText}
      invalid={props.invalid}
      describedBy={props.describedBy}
      testId={props.testId}
    />
  );
}
