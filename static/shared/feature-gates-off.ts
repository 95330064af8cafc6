/**
 * Stands in for `@atlaskit/feature-gate-js-client` in our bundles (aliased in scripts/build-ui.ts).
 * Atlaskit asks it for rollout flags; inside a Forge iframe no Statsig client is ever initialised,
 * so every gate already answers "off" and every experiment its default. This answers the same
 * without shipping the 29 kB (gzipped) client.
 */
const FeatureGates = {
  initializeCompleted: (): boolean => false,
  checkGate: (): boolean => false,
  getExperimentValue: <T>(_experiment: string, _parameter: string, defaultValue: T): T => defaultValue,
  getExperiment: () => ({ get: <T>(_parameter: string, defaultValue: T): T => defaultValue }),
};

export default FeatureGates;
