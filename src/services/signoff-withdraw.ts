/** Withdrawing a signature: by its signer, or by anyone allowed to sign the check. The event is kept in the audit trail. */
import type { ReadinessView, SignPayload } from '../contract';
import { quote } from '../domain/input';
import { BadInputError } from '../errors';
import { prepareSignoff, recordAndRender, type ReadinessDeps } from './readiness-view';

export async function withdrawSignoff(deps: ReadinessDeps, payload: SignPayload): Promise<ReadinessView> {
  const { loaded, check, state } = await prepareSignoff(deps, payload, true);
  if (!state?.signedBy) throw new BadInputError(`${quote(check.label)} is not signed, so there is nothing to withdraw.`);
  return recordAndRender(deps, loaded, { action: 'withdraw', checkId: check.id, scopeKeys: [] });
}
