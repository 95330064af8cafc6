import { PeoplePicker } from '../../../shared/picker/people-picker';
import type { Problem } from '../problems';
import { FieldProblems, h2Style, helpStyle, sectionStyle } from './field-problems';

/** Who may replace or reset the team's career framework: people picked by name; none = Jira administrators. */
export function FrameworkEditorsSection({ value, readOnly, problems, onChange }: { value: string[]; readOnly: boolean; problems: Problem[]; onChange: (ids: string[]) => void }) {
  return (
    <section style={sectionStyle} aria-labelledby="fe-h" data-testid="framework-editors">
      <h2 id="fe-h" style={h2Style}>
        Who may change the team framework
      </h2>
      <p style={helpStyle} id="fe-help">
        The people who may replace or reset the career framework in Confluence. With no one listed, Jira administrators may.
      </p>
      {readOnly && value.length === 0 && <p style={helpStyle}>Jira administrators.</p>}
      <div style={{ maxWidth: 480 }}>
        <PeoplePicker
          id="framework-editors-search"
          testId="framework-editors-picker"
          value={value}
          onChange={onChange}
          label="Add a framework editor"
          placeholder="Type part of a name to add an editor"
          readOnly={readOnly}
          invalid={problems.length > 0}
          describedBy={problems.length > 0 ? 'fe-help fe-error' : 'fe-help'}
        />
        <FieldProblems id="fe-error" problems={problems} />
      </div>
    </section>
  );
}
