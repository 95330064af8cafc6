import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

/** Nothing to roll up: says what is shown instead, and why. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section aria-label={title} data-testid="empty-state" style={{ display: 'grid', gap: token('space.050'), padding: token('space.150'), borderRadius: token('radius.medium'), backgroundColor: token('color.background.neutral.subtle.hovered'), border: `${token('border.width')} dashed ${token('color.border')}` }}>
      <h3 style={{ margin: 0, font: token('font.heading.xsmall'), color: token('color.text') }}>{title}</h3>
      {children && <div style={{ font: token('font.body'), color: token('color.text.subtle') }}>{children}</div>}
    </section>
  );
}
