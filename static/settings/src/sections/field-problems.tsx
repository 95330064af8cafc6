import { token } from '@atlaskit/tokens';
import type { Problem } from '../problems';

/** A field's problems under it, tied to the field by id (aria-describedby). */
export function FieldProblems({ id, problems }: { id: string; problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <div id={id} data-testid="field-error" style={{ display: 'grid', gap: token('space.025'), color: token('color.text.danger'), font: token('font.body.small') }}>
      {problems.map((p) => (
        <span key={p.message}>{p.message}</span>
      ))}
    </div>
  );
}

export const sectionStyle = { display: 'grid', gap: token('space.100'), padding: `${token('space.200')} 0`, borderTop: `${token('border.width')} solid ${token('color.border')}` } as const;
export const h2Style = { margin: 0, font: token('font.heading.small') } as const;
export const h3Style = { margin: 0, font: token('font.heading.xsmall') } as const;
export const helpStyle = { margin: 0, color: token('color.text.subtle'), font: token('font.body.small') } as const;
