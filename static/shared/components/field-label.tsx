import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

/** A form field's visible label, as Atlaskit's fields draw it. */
export function FieldLabel({ htmlFor, children }: { htmlFor: string; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} style={{ display: 'block', marginBottom: token('space.050'), font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') }}>
      {children}
    </label>
  );
}
