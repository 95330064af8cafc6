/**
 * Overview: the framework's name and version, introduction, guiding principles, the competency
 * category definitions (shown as text, SPEC §4), notes such as the complexity definition, and the
 * ladders with each level's scope and typical reporting.
 */
import { token } from '@atlaskit/tokens';
import type { FrameworkInfo } from '../../../src/contract';
import { behaviourCount, findLevel } from '../../shared/competency/model';
import type { Route } from './route';
import { Card, H3, PageTitle, formatDateTime, text, ColumnHeads } from '../../shared/competency/ui';

export function OverviewPage({ info, go }: { info: FrameworkInfo; go: (r: Route) => void }) {
  const fw = info.framework;
  const h = fw.headings ?? {};
  const p = { margin: 0, maxWidth: '72ch' } as const;
  return (
    <div data-testid="overview" style={{ display: 'grid', gap: token('space.250') }}>
      <PageTitle
        id="page-title"
        sub={
          <>
            {fw.organisation ? `${fw.organisation} · ` : ''}
            {fw.jobFamily}
            {fw.version ? ` · version ${fw.version}` : ''}
            {info.isCustom && info.source.savedAt ? ` · custom, saved ${formatDateTime(info.source.savedAt)}` : ''}
          </>
        }
      >
        Overview
      </PageTitle>

      {fw.introduction.length > 0 && (
        <section aria-label="Introduction" style={{ display: 'grid', gap: token('space.100') }}>
          {fw.introduction.map((para, i) => (
            <p key={i} style={p}>
              {para}
            </p>
          ))}
        </section>
      )}

      {fw.principles.length > 0 && (
        <Card labelledBy="principles-h">
          <H3 id="principles-h">{h.principles ?? 'Guiding principles'}</H3>
          <ol style={{ margin: 0, paddingInlineStart: 24, display: 'grid', gap: token('space.150') }}>
            {fw.principles.map((pr) => (
              <li key={pr.title}>
                <strong style={{ display: 'block', color: token('color.text') }}>{pr.title}</strong>
                <span style={{ ...text.subtle, display: 'block', maxWidth: '72ch' }}>{pr.text}</span>
              </li>
            ))}
          </ol>
        </Card>
      )}

      {fw.definitions.length > 0 && (
        <Card labelledBy="definitions-h">
          <H3 id="definitions-h">{h.definitions ?? 'Competency categories'}</H3>
          {fw.definitionsIntro && <p style={p}>{fw.definitionsIntro}</p>}
          <dl style={{ margin: 0, display: 'grid', gap: token('space.150') }}>
            {fw.definitions.map((d) => (
              // A <dl> holds only <dt>/<dd> (in <div> groups): the intro goes inside the definition.
              <div key={d.name}>
                <dt style={{ fontWeight: token('font.weight.semibold') }}>{d.name}</dt>
                <dd style={{ margin: 0, ...text.subtle, maxWidth: '72ch' }}>
                  {d.intro && <p style={{ ...p, marginBottom: token('space.100') }}>{d.intro}</p>}
                  <span>{d.text}</span>
                </dd>
              </div>
            ))}
          </dl>
        </Card>
      )}

      {fw.notes.length > 0 && (
        <Card labelledBy="notes-h">
          <H3 id="notes-h">Notes</H3>
          {fw.notes.map((n) => (
            <p key={n.title} style={p}>
              <strong>{n.title}:</strong> {n.text}
            </p>
          ))}
        </Card>
      )}

      <section aria-labelledby="ladders-h" style={{ display: 'grid', gap: token('space.150') }}>
        <H3 id="ladders-h">{h.levels ?? 'Levels'}</H3>
        {fw.competenciesIntro && <p style={p}>{fw.competenciesIntro}</p>}
        {fw.ladders.map((ladder) => (
          <Card key={ladder.id} labelledBy={`ladder-${ladder.id}`} testId="ladder">
            <h4 id={`ladder-${ladder.id}`} style={{ margin: 0, font: token('font.heading.xsmall') }}>
              {ladder.name} <span style={{ ...text.subtle, fontWeight: token('font.weight.regular') }}>— {ladder.role}</span>
            </h4>
            <table className="cf-table">
              <caption className="cf-sr-only">
                Levels of the {ladder.name} ladder with scope and typical reporting
              </caption>
              <thead>
                <tr>
                  <th scope="col" style={{ width: '7em' }}>
                    Level
                  </th>
                  <th scope="col">Scope &amp; influence</th>
                  <th scope="col" style={{ width: '28%' }}>
                    Typical reporting
                  </th>
                </tr>
              </thead>
              <tbody>
                {ladder.levels.map((id) => {
                  const level = findLevel(fw, id);
                  if (!level) return null;
                  return (
                    <tr key={id} data-testid="overview-level" data-level={id}>
                      <th scope="row">
                        <button type="button" className="cf-link-button" onClick={() => go({ page: 'level', level: id })}>
                          {id}
                        </button>
                        <div style={text.subtlest}>{behaviourCount(level)} behaviours</div>
                      </th>
                      <td style={{ whiteSpace: 'pre-line' }}>{level.scope || <span style={text.subtlest}>Not stated</span>}</td>
                      <td style={{ whiteSpace: 'pre-line' }}>{level.reporting || <span style={text.subtlest}>Not stated in the framework</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Card>
        ))}
      </section>

      {fw.history && fw.history.length > 0 && (
        <details>
          <summary style={{ cursor: 'pointer', color: token('color.text.subtle') }}>{h.history ?? 'Update history'}</summary>
          <table className="cf-table" style={{ marginTop: token('space.100') }}>
            <ColumnHeads columns={['Version', 'Date', 'Updated by', 'Remarks']} />
            <tbody>
              {fw.history.map((x, i) => (
                <tr key={i}>
                  <td>{x.version}</td>
                  <td>{x.date}</td>
                  <td>{x.updatedBy}</td>
                  <td>{x.remarks}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
