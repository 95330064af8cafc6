import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

export type LozengeAppearance = 'default' | 'success' | 'removed' | 'inprogress' | 'new' | 'moved';

const SUBTLE: Record<LozengeAppearance, [string, string]> = {
  default: [token('color.background.neutral'), token('color.text.subtle')],
  success: [token('color.background.success'), token('color.text.success')],
  removed: [token('color.background.danger'), token('color.text.danger')],
  inprogress: [token('color.background.information'), token('color.text.information')],
  new: [token('color.background.discovery'), token('color.text.discovery')],
  moved: [token('color.background.warning'), token('color.text.warning')],
};

const BOLD: Record<LozengeAppearance, [string, string]> = {
  default: [token('color.background.neutral.bold'), token('color.text.inverse')],
  success: [token('color.background.success.bold'), token('color.text.inverse')],
  removed: [token('color.background.danger.bold'), token('color.text.inverse')],
  inprogress: [token('color.background.information.bold'), token('color.text.inverse')],
  new: [token('color.background.discovery.bold'), token('color.text.inverse')],
  moved: [token('color.background.warning.bold'), token('color.text.warning.inverse')],
};

/**
 * Atlassian's lozenge (a short uppercase status label) drawn with design tokens only:
 * `@atlaskit/lozenge` brings an Emotion runtime (about 17 kB gzipped) for one styled span.
 */
export function Lozenge({ appearance = 'default', isBold = false, title, children }: { appearance?: LozengeAppearance; isBold?: boolean; title?: string; children: ReactNode }) {
  const [background, color] = (isBold ? BOLD : SUBTLE)[appearance];
  return (
    <span
      data-appearance={appearance}
      // A long label is cut with an ellipsis in a narrow column; the full text shows on hover.
      title={title ?? (typeof children === 'string' ? children : undefined)}
      style={{
        display: 'inline-block',
        boxSizing: 'border-box',
        maxWidth: '100%',
        padding: `0 ${token('space.050')}`,
        borderRadius: token('radius.xsmall', '3px'),
        background,
        color,
        font: token('font.body.small'),
        fontWeight: token('font.weight.bold'),
        lineHeight: '16px',
        textTransform: 'uppercase',
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        verticalAlign: 'baseline',
      }}
    >
      {children}
    </span>
  );
}
