import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { COMPETENCY_LIMITS, type MyAssessmentView, type ShareInfo } from '../../../../src/contract';
import { ApiError, toApiError } from '../../../shared/api';
import { shareAssessment, unshareAssessment } from '../../../shared/competency-api';
import { ErrorState } from '../../../shared/components/error-state';
import { Avatar } from '../../../shared/picker/avatar';
import { PeoplePicker } from '../../../shared/picker/people-picker';
import { knownPerson, usePeopleNames } from '../../../shared/picker/use-people-names';
import type { AppContext } from '../context';
import { Card, Field, formatDateTime, H3, text } from '../../../shared/competency/ui';

/** Share the saved assessment read-only with a colleague picked by name; withdraw any share. */
export function SharePanel({ view, ctx, onShares }: { view: MyAssessmentView; ctx: AppContext; onShares: (s: ShareInfo[]) => void }) {
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const names = usePeopleNames(view.sharedWith.filter((s) => !s.viewerName).map((s) => s.viewerAccountId));
  const canShare = !!view.assessment;
  const full = view.sharedWith.length >= COMPETENCY_LIMITS.sharesPerAssessment;
  const nameOf = (s: ShareInfo) => s.viewerName ?? names.people.get(s.viewerAccountId)?.displayName ?? null;

  const share = async () => {
    const viewerAccountId = picked[0];
    if (!viewerAccountId) {
      setError(new ApiError('BAD_INPUT', 'Choose the person to share with: type part of their name.'));
      return;
    }
    const person = knownPerson(viewerAccountId);
    setBusy('share');
    setError(null);
    setNote(null);
    try {
      const viewerName = person?.displayName.slice(0, COMPETENCY_LIMITS.viewerNameChars);
      const res = await shareAssessment({ viewerAccountId, ...(viewerName ? { viewerName } : {}) });
      onShares(res.sharedWith);
      setNote(`Shared with ${person?.displayName ?? 'them'}. They can open it under “Shared with me”.`);
      setPicked([]);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  const withdraw = async (s: ShareInfo) => {
    setBusy(s.viewerAccountId);
    setError(null);
    setNote(null);
    try {
      const res = await unshareAssessment({ viewerAccountId: s.viewerAccountId });
      onShares(res.sharedWith);
      setNote(`Withdrawn: ${nameOf(s) ?? 'they'} can no longer see your assessment.`);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card labelledBy="share-h" testId="share">
      <H3 id="share-h">Share read-only</H3>
      <p style={{ margin: 0, ...text.subtle }}>People you share with (your manager, a mentor) can read your saved assessment and its readiness, never change it. Withdraw at any time.</p>
      {!canShare ? (
        <p style={{ margin: 0, ...text.subtlest }}>Save your assessment before sharing it.</p>
      ) : (
        <form
          className="cf-no-print"
          onSubmit={(e) => {
            e.preventDefault();
            void share();
          }}
          style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.150'), alignItems: 'end' }}
        >
          <Field id="share-person" label="Share with" style={{ flex: '2 1 280px' }} help="Type part of their name.">
            <PeoplePicker
              id="share-person"
              testId="share-person"
              single
              value={picked}
              onChange={(ids) => {
                setPicked(ids);
                setError(null);
              }}
              label="Share with"
              describedBy="share-person-help"
              exclude={[...(ctx.accountId ? [ctx.accountId] : []), ...view.sharedWith.map((s) => s.viewerAccountId)]}
            />
          </Field>
          <div style={{ paddingBottom: 20 }}>
            <Button type="submit" appearance="primary" isLoading={busy === 'share'} isDisabled={full} testId="share-submit">
              Share
            </Button>
          </div>
        </form>
      )}
      <div aria-live="polite" data-testid="share-status" style={text.subtle}>
        {note}
      </div>
      {error && <ErrorState code={error.code} message={error.message} reason={error.reason} />}
      {view.sharedWith.length === 0 ? (
        <p data-testid="shares-empty" style={{ margin: 0, ...text.subtlest }}>
          Not shared with anyone.
        </p>
      ) : (
        <table className="cf-table" data-testid="shares">
          <caption className="cf-sr-only">People who can read your assessment</caption>
          <thead>
            <tr>
              <th scope="col">Shared with</th>
              <th scope="col">Since</th>
              <th scope="col" className="cf-no-print">
                <span className="cf-sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.sharedWith.map((s) => {
              const name = nameOf(s);
              return (
                <tr key={s.viewerAccountId} data-testid="share-row" data-account={s.viewerAccountId}>
                  <td>
                    <span style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.100') }}>
                      <Avatar name={name ?? '?'} url={names.people.get(s.viewerAccountId)?.avatarUrl ?? knownPerson(s.viewerAccountId)?.avatarUrl ?? null} />
                      {name ?? <span style={text.subtle}>{names.loading ? 'Loading name…' : 'Unknown person'}</span>}
                    </span>
                  </td>
                  <td>{formatDateTime(s.grantedAt)}</td>
                  <td className="cf-no-print" style={{ textAlign: 'end' }}>
                    <Button appearance="subtle" spacing="compact" onClick={() => void withdraw(s)} isLoading={busy === s.viewerAccountId} testId="withdraw" aria-label={`Withdraw the share with ${name ?? 'this person'}`}>
                      Withdraw
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {full && <p style={{ margin: 0, ...text.subtlest }}>At most {COMPETENCY_LIMITS.sharesPerAssessment} people; withdraw a share to add another.</p>}
    </Card>
  );
}
