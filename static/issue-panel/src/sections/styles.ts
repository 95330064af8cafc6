/** Styles the panel's sections share. */
import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

export const small: CSSProperties = { margin: 0, font: token('font.body.small'), color: token('color.text.subtlest') };
export const subheading: CSSProperties = { margin: 0, font: token('font.heading.xsmall'), color: token('color.text') };
