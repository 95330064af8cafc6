/** The sign-offs' audit trail: who signed or withdrew what, when, for how many issues. */
import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import type { AuditEntry } from '../../../../src/contract';
import { LoadingState } from '../../../shared/components/loading-state';
import { muted } from './styles';

/** A person by name; their account id only when Jira gave no name. */
export function personName(name: string | null | undefined, accountId: string | null | undefined): string {
  if (name) return name;
  return accountId ? `someone (id ${accountId})` : 'someone';
}

/** An ISO timestamp as "2026-11-20 10:15 UTC". */
export function when(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

export function AuditTrail({ entries }: { entries: AuditEntry[] | 'loading' }) {
  if (entries === 'loading') return <LoadingState label="Loading the audit trail…" />;
  const cell: CSSProperties = { padding: `${token('space.050')} ${token('space.100')}`, borderBottom: `${token('border.width')} solid ${token('color.border')}`, textAlign: 'start', verticalAlign: 'top' };
  return (
    <div data-testid="audit-trail" style={{ overflowX: 'auto' }}>
      {entries.length === 0 ? (
        <p style={muted}>No sign-off has been recorded for this version yet.</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse', font: token('font.body.small') }}>
          <thead>
            <tr style={{ color: token('color.text.subtle') }}>
              <th style={cell}>When (UTC)</th>
              <th style={cell}>Who</th>
              <th style={cell}>What</th>
              <th style={cell}>Scope</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${e.at}-${i}`} data-testid="audit-entry">
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>{when(e.at)}</td>
                <td style={cell} data-testid="audit-who">
                  {personName(e.displayName, e.accountId)}
                </td>
                <td style={cell}>
                  {e.action === 'sign' ? 'Signed' : 'Withdrew'} “{e.label}”
                </td>
                <td style={cell}>{e.action === 'sign' ? `${e.scopeKeys.length} issue${e.scopeKeys.length === 1 ? '' : 's'}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
