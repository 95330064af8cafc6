/**
 * The one place the apps import @forge/bridge from, so a workbench or test stand-in has a single
 * seam, and the bridge APIs the apps rely on are listed in one spot.
 */
export { invoke, view, router } from '@forge/bridge';
