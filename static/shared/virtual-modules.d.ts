/** The token themes as one stylesheet (scripts/tokens-css.ts). */
declare module 'virtual:ds-tokens.css';
