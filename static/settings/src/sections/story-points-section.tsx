import Textfield from '@atlaskit/textfield';
import type { Problem } from '../problems';
import { FieldProblems, h2Style, helpStyle, sectionStyle } from './field-problems';

export function StoryPointsSection({ value, readOnly, problems, onChange }: { value: string; readOnly: boolean; problems: Problem[]; onChange: (value: string) => void }) {
  return (
    <section style={sectionStyle} aria-labelledby="sp-h">
      <h2 id="sp-h" style={h2Style}>
        Story-point field
      </h2>
      <p style={helpStyle}>Leave empty to discover it (“Story point estimate”, else the number field “Story Points”). Or give a field id such as customfield_10016, or a field name.</p>
      <div style={{ maxWidth: 420 }}>
        <Textfield
          testId="story-points"
          aria-label="Story-point field"
          placeholder="Discover automatically"
          value={value}
          isReadOnly={readOnly}
          isInvalid={problems.length > 0}
          aria-describedby={problems.length > 0 ? 'sp-error' : undefined}
          onChange={(e) => onChange((e.target as HTMLInputElement).value)}
        />
        <FieldProblems id="sp-error" problems={problems} />
      </div>
    </section>
  );
}
