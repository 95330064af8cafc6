/**
 * Signing a required check (SPEC §3: "each signed by a person at a time"): as the viewer of the
 * call, now, remembering the version's issue keys as the viewer sees them, so a later change of
 * scope makes the signature stale.
 */
import type { ReadinessView, SignPayload } from '../contract';
import { SignoffStore } from '../store/signoff-store';
import { computeLoaded, prepareSignoff, recordAndRender, type ReadinessDeps } from './readiness-view';

export async function signOff(deps: ReadinessDeps, payload: SignPayload): Promise<ReadinessView> {
  const { loaded, check } = await prepareSignoff(deps, payload);
  const report = computeLoaded(loaded, await new SignoffStore(deps.store).current(loaded.context.version.id));
  return recordAndRender(deps, loaded, { action: 'sign', checkId: check.id, scopeKeys: report.issueKeys });
}
