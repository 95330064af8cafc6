/** Styles the gadget's sections share. */
import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

export const muted: CSSProperties = { color: token('color.text.subtle'), font: token('font.body.small') };

export const visuallyHidden: CSSProperties = { position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 };
