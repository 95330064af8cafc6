/**
 * "Shared with me": the assessments other people shared with the viewer, and each one read-only —
 * levels, readiness (computed live by the backend) and the demonstrated behaviours with evidence.
 * The backend answers only while the owner's share exists.
 */
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { SharedAssessmentView } from '../../../src/contract';
import { exportMarkdown, getSharedAssessment, listSharedWithMe } from '../../shared/competency-api';
import { EmptyState } from '../../shared/components/empty-state';
import { ErrorWithRetry } from '../../shared/components/error-with-retry';
import { LoadingState } from '../../shared/components/loading-state';
import { MarkdownExport, OutLink } from './export-tools';
import { findLevel, type Framework } from '../../shared/competency/model';
import { fromResult, ReadinessPanel } from './readiness-panel';
import type { Route } from './route';
import { Card, formatDateTime, H3, Notice, PageTitle, text, useAsync, ColumnHeads, Page } from '../../shared/competency/ui';

export function SharedPage({ framework, owner, go }: { framework: Framework; owner: string | null; go: (r: Route) => void }) {
  return owner ? <SharedAssessment framework={framework} owner={owner} go={go} /> : <SharedList go={go} />;
}

function SharedList({ go }: { go: (r: Route) => void }) {
  const [state, reload] = useAsync(() => listSharedWithMe(), []);
  return (
    <Page testId="shared-list" title="Shared with me" sub="Assessments people shared with you, read-only.">
      {state.kind === 'loading' && <LoadingState label="Loading…" />}
      {state.kind === 'error' && (
        <div style={{ display: 'grid', gap: token('space.100') }}>
          <ErrorWithRetry error={state.error} onRetry={reload} />
        </div>
      )}
      {state.kind === 'ready' && state.data.items.length === 0 && (
        <EmptyState title="Nothing shared with you yet">When someone shares their self-assessment with you, it appears here.</EmptyState>
      )}
      {state.kind === 'ready' && state.data.items.length > 0 && (
        <table className="cf-table" data-testid="shared-items">
          <caption className="cf-sr-only">Assessments shared with you</caption>
          <ColumnHeads columns={['Person', 'Levels', 'Shared', 'Last saved', <span className="cf-sr-only">Open</span>]} />
          <tbody>
            {state.data.items.map((it) => (
              <tr key={it.ownerAccountId} data-testid="shared-item" data-owner={it.ownerAccountId}>
                <th scope="row">
                  {it.person ?? 'Unnamed'}
                  <div style={{ ...text.subtlest, fontFamily: token('font.family.code'), fontWeight: token('font.weight.regular') }}>{it.ownerAccountId}</div>
                </th>
                <td>
                  {it.currentLevel} → {it.targetLevel}
                </td>
                <td>{formatDateTime(it.grantedAt)}</td>
                <td>{formatDateTime(it.updatedAt)}</td>
                <td style={{ textAlign: 'end' }}>
                  <Button onClick={() => go({ page: 'shared', owner: it.ownerAccountId })} testId="open-shared">
                    Open<span className="cf-sr-only"> {it.person ?? it.ownerAccountId}’s assessment</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

function SharedAssessment({ framework, owner, go }: { framework: Framework; owner: string; go: (r: Route) => void }) {
  const [state, reload] = useAsync(() => getSharedAssessment({ ownerAccountId: owner }), [owner, framework]);
  const back = (
    <div className="cf-no-print">
      <Button appearance="subtle" onClick={() => go({ page: 'shared' })}>
        ← All shared with me
      </Button>
    </div>
  );
  if (state.kind === 'loading') return <LoadingState label="Loading the shared assessment…" />;
  if (state.kind === 'error') {
    return (
      <div style={{ display: 'grid', gap: token('space.150') }} data-testid="shared-view-error">
        {back}
        <PageTitle id="page-title">Shared assessment</PageTitle>
        <ErrorWithRetry error={state.error} onRetry={reload} />
      </div>
    );
  }
  return <SharedView framework={framework} v={state.data} owner={owner} back={back} />;
}

function SharedView({ framework, v, owner, back }: { framework: Framework; v: SharedAssessmentView; owner: string; back: React.ReactNode }) {
  const a = v.assessment;
  const target = findLevel(framework, a.targetLevel);
  const title = a.person ? `${a.person}’s assessment` : 'Shared assessment';
  return (
    <div data-testid="shared-view" data-owner={owner} style={{ display: 'grid', gap: token('space.200') }}>
      {back}
      <PageTitle id="page-title" sub={`Read-only · ${a.person ? '' : `account ${owner} · `}shared with you ${formatDateTime(v.grantedAt)} · last saved ${formatDateTime(a.updatedAt)}`}>
        {title}
      </PageTitle>
      {v.problem && <Notice appearance="warning">{v.problem}</Notice>}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))', gap: token('space.200'), alignItems: 'start' }}>
        <Card labelledBy="shared-levels-h">
          <H3 id="shared-levels-h">Levels</H3>
          <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${token('space.075')} ${token('space.200')}` }}>
            <dt style={text.subtle}>Current level</dt>
            <dd style={{ margin: 0 }}>{a.currentLevel}</dd>
            <dt style={text.subtle}>Since</dt>
            <dd style={{ margin: 0 }}>{a.currentLevelSince}</dd>
            <dt style={text.subtle}>Target level</dt>
            <dd style={{ margin: 0 }}>{a.targetLevel}</dd>
          </dl>
          <H3 id="shared-demo-h" style={{ font: token('font.heading.xsmall') }}>
            Demonstrated behaviours
          </H3>
          {a.demonstrated.length === 0 ? (
            <p style={{ margin: 0, ...text.subtlest }}>None ticked yet.</p>
          ) : (
            <ul aria-labelledby="shared-demo-h" style={{ margin: 0, paddingInlineStart: 20, display: 'grid', gap: token('space.100') }}>
              {a.demonstrated.map((d, i) => {
                const textOf = target?.categories.flatMap((c) => c.skills).find((s) => s.name.toLowerCase() === d.skill.toLowerCase())?.behaviours[d.behaviour - 1];
                return (
                  <li key={i} data-testid="shared-demonstrated">
                    <strong>
                      {d.skill} · {d.behaviour}
                    </strong>
                    {textOf && <div>{textOf}</div>}
                    <div style={text.subtle}>
                      Evidence:{' '}
                      {d.evidence === '' ? (
                        <em>none (does not count)</em>
                      ) : d.evidenceHref ? (
                        <OutLink href={d.evidenceHref}>{d.evidence}</OutLink>
                      ) : (
                        d.evidence
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
        {v.readiness && <ReadinessPanel readiness={fromResult(v.readiness)} currentLevel={a.currentLevel} targetLevel={a.targetLevel} since={a.currentLevelSince} asOf={v.asOf} live={false} />}
      </div>
      <Card labelledBy="shared-export-h">
        <H3 id="shared-export-h">Export as Markdown</H3>
        <MarkdownExport load={() => exportMarkdown({ ownerAccountId: owner, asOf: v.asOf })} />
      </Card>
    </div>
  );
}
