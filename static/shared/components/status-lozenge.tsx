import { Lozenge } from './lozenge';
import type { IssueSummary } from '../../../src/contract';

type StatusCategory = IssueSummary['statusCategory'];

const APPEARANCE = { done: 'success', inprogress: 'inprogress', todo: 'default' } as const;
const CATEGORY_LABEL = { done: 'Done', inprogress: 'In progress', todo: 'To do' } as const;

/** The status name, coloured by its category as Jira does (SPEC §1: the category decides). */
export function StatusLozenge({ name, category }: { name: string; category: StatusCategory }) {
  return (
    <span data-testid="status" data-category={category}>
      <Lozenge appearance={APPEARANCE[category]} title={`${name} (status category: ${CATEGORY_LABEL[category]})`}>
        {name}
      </Lozenge>
    </span>
  );
}
