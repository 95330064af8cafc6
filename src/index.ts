// Only the handlers the manifest names (DESIGN: index.ts re-exports, nothing else).
export { handler } from './forge/app';
