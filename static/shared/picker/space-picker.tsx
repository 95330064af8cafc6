import type { SpaceOption } from '../../../src/contract';
import { searchSpaces } from '../picker-api';
import { KeyedPicker, type KeyedPickerProps } from './keyed-picker';

/** The Confluence spaces the viewer can see, searched by name or key. */
export function SpacePicker(props: KeyedPickerProps<SpaceOption>) {
  const load = async (query: string) => {
    const r = await searchSpaces({ query });
    return { options: r.spaces, more: r.total > r.spaces.length };
  };
  return <KeyedPicker {...props} what="space" emptyText="No space matches (or you cannot see it)" load={load} />;
}
