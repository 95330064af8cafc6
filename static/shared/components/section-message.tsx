import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

export type MessageAppearance = 'information' | 'warning' | 'error' | 'success' | 'discovery';

const LOOK: Record<MessageAppearance, { background: string; icon: string; glyph: string; label: string }> = {
  information: { background: token('color.background.information'), icon: token('color.icon.information'), glyph: 'i', label: 'Information' },
  warning: { background: token('color.background.warning'), icon: token('color.icon.warning'), glyph: '!', label: 'Warning' },
  error: { background: token('color.background.danger'), icon: token('color.icon.danger'), glyph: '!', label: 'Error' },
  success: { background: token('color.background.success'), icon: token('color.icon.success'), glyph: '✓', label: 'Success' },
  discovery: { background: token('color.background.discovery'), icon: token('color.icon.discovery'), glyph: '?', label: 'Note' },
};

/**
 * Atlassian's section message (icon, optional title, body) drawn with design tokens only.
 * `@atlaskit/section-message` pulls its dismiss button's tooltip, popper and portal runtime into
 * every bundle (about 20 kB gzipped) for a button we never show.
 */
export function SectionMessage({ appearance = 'information', title, children }: { appearance?: MessageAppearance; title?: ReactNode; children?: ReactNode }) {
  const look = LOOK[appearance];
  return (
    <section
      data-appearance={appearance}
      style={{
        display: 'flex',
        gap: token('space.200'),
        padding: token('space.200'),
        borderRadius: token('radius.small', '3px'),
        background: look.background,
        color: token('color.text'),
        font: token('font.body'),
      }}
    >
      <span
        role="img"
        aria-label={look.label}
        style={{
          flex: '0 0 auto',
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          width: 20,
          height: 20,
          borderRadius: '50%',
          background: look.icon,
          color: token('color.text.inverse'),
          font: token('font.body.small'),
          fontWeight: token('font.weight.bold'),
        }}
      >
        {look.glyph}
      </span>
      <div style={{ display: 'grid', gap: token('space.100'), minWidth: 0 }}>
        {title !== undefined && <h2 style={{ margin: 0, font: token('font.heading.xsmall'), color: token('color.text') }}>{title}</h2>}
        <div className="shipshape-message-body">{children}</div>
      </div>
    </section>
  );
}
