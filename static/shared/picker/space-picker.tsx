import type { SpaceOption } from '../../../src/contract';
import { searchSpaces } from '../picker-api';
import { KeyedOptionLabel } from './option-label';
import { Combobox } from './combobox';

/** The Confluence spaces the viewer can see, searched by name or key. */
export function SpacePicker(props: { id: string; selectedKey: string | null; selectedText: string; onPick: (space: SpaceOption) => void; ariaLabel?: string; testId?: string }) {
  return (
    <Combobox<SpaceOption>
      id={props.id}
      ariaLabel={props.ariaLabel}
      placeholder="Type a space name or key"
      minChars={0}
      load={async (query) => {
        const r = await searchSpaces({ query });
        return { options: r.spaces, more: r.total > r.spaces.length };
      }}
      keyOf={(s) => s.key}
      textOf={(s) => `${s.name} (${s.key})`}
      render={(s) => <KeyedOptionLabel name={s.name} optionKey={s.key} avatarUrl={null} />}
      onPick={props.onPick}
      selectedKey={props.selectedKey}
      selectedText={props.selectedText}
      emptyText="No space matches (or you cannot see it)"
      testId={props.testId}
    />
  );
}
