import type { ProjectOption } from '../../../src/contract';
import { searchProjects } from '../picker-api';
import { keyedText, KeyedPicker, type KeyedPickerProps } from './keyed-picker';

export const projectText = keyedText;

/** The projects the viewer can browse, searched by key or name (Jira's paged project search). */
export function ProjectPicker({ exclude, ...props }: KeyedPickerProps<ProjectOption> & { exclude?: readonly string[] }) {
  const excluded = new Set(exclude ?? []); // e.g. projects that already have their own settings
  const load = async (query: string) => {
    const page = await searchProjects({ query });
    return { options: page.projects.filter((p) => !excluded.has(p.key)), more: page.nextStartAt !== null };
  };
  return <KeyedPicker {...props} what="project" emptyText="No project matches (or you cannot browse it)" load={load} />;
}
