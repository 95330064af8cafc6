import type { ProjectOption } from '../../../src/contract';
import { searchProjects } from '../picker-api';
import { KeyedOptionLabel } from './option-label';
import { Combobox } from './combobox';

export interface ProjectPickerProps {
  id: string;
  /** The chosen project's key, and what the input shows for it. */
  selectedKey: string | null;
  selectedText: string;
  onPick: (project: ProjectOption) => void;
  ariaLabel?: string;
  invalid?: boolean;
  describedBy?: string;
  testId?: string;
  /** Projects not to offer (e.g. those that already have their own settings). */
  exclude?: readonly string[];
}

export const projectText = (p: { key: string; name: string }): string => `${p.name} (${p.key})`;

/** The projects the viewer can browse, searched by key or name (Jira's paged project search). */
export function ProjectPicker(props: ProjectPickerProps) {
  const exclude = new Set(props.exclude ?? []);
  return (
    <Combobox<ProjectOption>
      id={props.id}
      ariaLabel={props.ariaLabel}
      placeholder="Type a project name or key"
      minChars={0}
      load={async (query) => {
        const page = await searchProjects({ query });
        return { options: page.projects.filter((p) => !exclude.has(p.key)), more: page.nextStartAt !== null };
      }}
      keyOf={(p) => p.key}
      textOf={projectText}
      render={(p) => <KeyedOptionLabel name={p.name} optionKey={p.key} avatarUrl={p.avatarUrl} />}
      onPick={props.onPick}
      selectedKey={props.selectedKey}
      selectedText={props.selectedText}
      emptyText="No project matches (or you cannot browse it)"
      invalid={props.invalid}
      describedBy={props.describedBy}
      testId={props.testId}
    />
  );
}
