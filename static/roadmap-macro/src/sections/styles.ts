/** Styles and small words the macro's sections share. */
import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

export const muted: CSSProperties = { margin: 0, font: token('font.body.small'), color: token('color.text.subtlest') };

export const cell: CSSProperties = {
  padding: `${token('space.075')} ${token('space.100')}`,
  borderBottom: `${token('border.width')} solid ${token('color.border')}`,
  textAlign: 'start',
  verticalAlign: 'middle',
};

/** "1 item", "4 items". */
export const itemCount = (n: number) => `${n} item${n === 1 ? '' : 's'}`;
