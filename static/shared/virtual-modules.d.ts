/** The token themes as one stylesheet (local/tokens-css.ts). */
declare module 'virtual:ds-tokens.css';
