/**
 * Renderings shared by the career framework page and the matrix macro: a level's behaviours grouped
 * by category → skill and numbered as SPEC §4 positions, a two-level comparison skill by skill, and
 * the whole matrix (levels as columns, skills as rows).
 */
import { Fragment, type CSSProperties, type ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import { findLevel, norm, type Framework, type Level, type LevelComparison, type SkillComparison } from './model';
import { StatusBadge, statusColours, text, ColumnHeads, CategoryRow } from './ui';

type HeadingLevel = 3 | 4 | 5 | 6;

/** A heading whose tag follows the outline and whose look follows its role (`font`). */
function Heading({ level, id, children, style, font }: { level: HeadingLevel; id?: string; children: ReactNode; style?: CSSProperties; font: string }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} style={{ margin: 0, font, color: token('color.text'), ...style }}>
      {children}
    </Tag>
  );
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * One level's behaviours: categories (heading `headingLevel`), skills (one below), behaviours in an
 * ordered list whose numbers are the SPEC §4 positions.
 */
export function LevelBehaviours({ level, headingLevel = 3, idPrefix, compact = false }: { level: Level; headingLevel?: HeadingLevel; idPrefix: string; compact?: boolean }) {
  const skillHeading = Math.min(headingLevel + 1, 6) as HeadingLevel;
  return (
    <div data-testid="level-behaviours" data-level={level.id} style={{ display: 'grid', gap: compact ? token('space.150') : token('space.250') }}>
      {level.categories.map((c, ci) => {
        const cid = `${idPrefix}-c${ci}`;
        const n = c.skills.reduce((s, k) => s + k.behaviours.length, 0);
        return (
          <section key={c.name} aria-labelledby={cid} data-testid="category" data-category={c.name} style={{ display: 'grid', gap: compact ? token('space.100') : token('space.150') }}>
            <Heading level={headingLevel} id={cid} font={compact ? token('font.heading.xsmall') : token('font.heading.small')} style={{ display: 'flex', gap: token('space.100'), alignItems: 'baseline', borderBottom: `${token('border.width')} solid ${token('color.border')}`, paddingBottom: token('space.050') }}>
              {c.name}
              <span style={{ ...text.subtlest, fontWeight: token('font.weight.regular') }}>{count(n, 'behaviour')}</span>
            </Heading>
            <div style={{ display: 'grid', gap: compact ? token('space.100') : token('space.150'), gridTemplateColumns: compact ? '1fr' : 'repeat(auto-fill, minmax(320px, 1fr))' }}>
              {c.skills.map((s, si) => {
                const sid = `${cid}-s${si}`;
                return (
                  <div key={s.name} role="group" aria-labelledby={sid} data-testid="skill" data-skill={s.name} style={{ display: 'grid', gap: token('space.050'), alignContent: 'start' }}>
                    <Heading level={skillHeading} id={sid} font={compact ? token('font.heading.xxsmall') : token('font.heading.xsmall')} style={{ color: token('color.text.subtle') }}>
                      {s.name}
                    </Heading>
                    <ol className="cf-behaviours" aria-labelledby={sid}>
                      {s.behaviours.map((b, i) => (
                        <li key={i} value={i + 1} data-testid="behaviour" data-position={i + 1}>
                          {b}
                        </li>
                      ))}
                    </ol>
                  </div>
                );
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}

/** Everything expected at a level (SPEC §4: its own and every lower level's), grouped by level. */
export function EverythingExpected({ levels, idPrefix, compact = false, headingLevel = 3 }: { levels: Level[]; idPrefix: string; compact?: boolean; headingLevel?: 3 | 4 }) {
  const target = levels[levels.length - 1];
  return (
    <div data-testid="everything" style={{ display: 'grid', gap: token('space.300') }}>
      {levels.map((l, i) => {
        const id = `${idPrefix}-l${i}`;
        return (
          <section key={l.id} aria-labelledby={id} data-testid="everything-level" data-level={l.id} style={{ display: 'grid', gap: token('space.150') }}>
            <Heading level={headingLevel} id={id} font={compact ? token('font.heading.small') : token('font.heading.medium')} style={{ paddingTop: i > 0 ? token('space.100') : undefined, borderTop: i > 0 ? `${token('border.width.selected')} solid ${token('color.border')}` : undefined }}>
              {l.id === target?.id ? `${l.id}: what this level adds` : `From ${l.id}`}
            </Heading>
            <LevelBehaviours level={l} headingLevel={(headingLevel + 1) as HeadingLevel} idPrefix={id} compact={compact} />
          </section>
        );
      })}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Compare

function behavioursOf(level: Level | undefined, category: string, skill: string): string[] {
  const c = level?.categories.find((x) => norm(x.name) === norm(category));
  return c?.skills.find((s) => norm(s.name) === norm(skill))?.behaviours ?? [];
}

function BehaviourCell({ list, marked, mark, label }: { list: string[]; marked: Set<string>; mark: 'added' | 'removed'; label: string }) {
  if (list.length === 0) return <span style={text.subtlest}>Not at this level</span>;
  const colours = statusColours(mark);
  return (
    <ol className="cf-behaviours" aria-label={label} style={{ paddingInlineStart: 22 }}>
      {list.map((b, i) => {
        const hit = marked.has(norm(b));
        return (
          <li key={i} value={i + 1} data-change={hit ? mark : 'same'}>
            <span style={hit ? { display: 'block', borderInlineStart: `3px solid ${colours.border}`, paddingInlineStart: token('space.075') } : { display: 'block', paddingInlineStart: `calc(3px + ${token('space.075')})`, color: token('color.text.subtle') }}>
              {hit && (
                <span style={{ display: 'inline-block', marginInlineEnd: token('space.050'), padding: `0 ${token('space.050')}`, borderRadius: token('radius.small', '3px'), backgroundColor: colours.bg, color: colours.fg, font: token('font.body.small'), fontWeight: token('font.weight.semibold') }}>
                  {mark === 'added' ? '+ New' : '− Dropped'}
                </span>
              )}
              {!hit && <span className="cf-sr-only">Same: </span>}
              {b}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

export function CompareTable({ framework, comparison, hideSame = false, compact = false }: { framework: Framework; comparison: LevelComparison; hideSame?: boolean; compact?: boolean }) {
  const from = findLevel(framework, comparison.from);
  const to = findLevel(framework, comparison.to);
  const visible = (s: SkillComparison) => !hideSame || s.status !== 'same';
  const cats = comparison.categories.filter((c) => c.skills.some(visible));
  if (cats.length === 0) return null;
  return (
    <table className="cf-table" data-testid="compare-table" style={{ font: compact ? token('font.body.small') : token('font.body'), tableLayout: 'fixed' }}>
      <caption className="cf-sr-only">
        Behaviours of {comparison.from} and {comparison.to}, skill by skill, with what changes
      </caption>
      <colgroup>
        <col style={{ width: compact ? '20%' : '23%' }} />
        <col />
        <col />
      </colgroup>
      <ColumnHeads columns={['Skill and change', `At ${comparison.from}`, `At ${comparison.to}`]} />
      <tbody>
        {cats.map((c) => (
          <Fragment key={c.name}>
            <CategoryRow span={3}>
              {c.name}
              {c.status !== 'same' && c.status !== 'changed' && (
                <span style={{ marginInlineStart: token('space.100') }}>
                  <StatusBadge status={c.status} />
                </span>
              )}
            </CategoryRow>
            {c.skills.filter(visible).map((s) => {
              const fromList = behavioursOf(from, c.name, s.name);
              const toList = behavioursOf(to, c.name, s.name);
              const colours = statusColours(s.status);
              return (
                <tr key={s.name} data-testid="compare-skill" data-skill={s.name} data-category={c.name} data-status={s.status}>
                  <th scope="row" style={{ fontWeight: token('font.weight.semibold'), boxShadow: s.status === 'same' ? undefined : `inset 3px 0 0 ${colours.border}`, overflowWrap: 'anywhere' }}>
                    <div>{s.name}</div>
                    <div style={{ marginTop: token('space.050') }}>
                      <StatusBadge status={s.status} />
                    </div>
                    <div style={{ ...text.subtlest, fontWeight: token('font.weight.regular'), marginTop: token('space.050') }}>
                      {fromList.length} → {toList.length} behaviours
                      {s.status === 'changed' && (
                        <>
                          <br />
                          {[s.added.length && `+${s.added.length} new`, s.removed.length && `−${s.removed.length} dropped`, s.same.length && `${s.same.length} same`].filter(Boolean).join(' · ')}
                        </>
                      )}
                    </div>
                  </th>
                  <td style={{ overflowWrap: 'anywhere' }}>
                    <BehaviourCell list={fromList} marked={new Set(s.removed.map(norm))} mark="removed" label={`${s.name} at ${comparison.from}`} />
                  </td>
                  <td style={{ overflowWrap: 'anywhere' }}>
                    <BehaviourCell list={toList} marked={new Set(s.added.map(norm))} mark="added" label={`${s.name} at ${comparison.to}`} />
                  </td>
                </tr>
              );
            })}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

export function compareSummary(c: LevelComparison): Record<SkillComparison['status'], number> {
  const out = { added: 0, removed: 0, changed: 0, same: 0 };
  for (const cat of c.categories) for (const s of cat.skills) out[s.status]++;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Matrix

const stickyCell: CSSProperties = {
  position: 'sticky',
  insetInlineStart: 0,
  zIndex: 1,
  backgroundColor: token('elevation.surface'),
  boxShadow: `inset -1px 0 0 ${token('color.border')}`,
};

/** Levels as columns, skills as rows (grouped by category), every behaviour numbered in its cell. */
export function Matrix({ framework, levels, compact = false }: { framework: Framework; levels: Level[]; compact?: boolean }) {
  const categories: Array<{ name: string; skills: string[] }> = [];
  for (const l of levels) {
    for (const c of l.categories) {
      let cat = categories.find((x) => norm(x.name) === norm(c.name));
      if (!cat) categories.push((cat = { name: c.name, skills: [] }));
      for (const s of c.skills) if (!cat.skills.some((x) => norm(x) === norm(s.name))) cat.skills.push(s.name);
    }
  }
  return (
    // Wider than most pages with every level: it scrolls sideways (keyboard too: the region takes
    // focus), with the skill column kept in view.
    <div role="region" aria-label={`${framework.name}: competency matrix (scrolls sideways)`} tabIndex={0} style={{ overflowX: 'auto' }}>
      <table className="cf-table" data-testid="matrix" style={{ font: compact ? token('font.body.small') : token('font.body'), minWidth: levels.length * 190 + 150 }}>
        <caption className="cf-sr-only">{framework.name}: behaviours by skill and level</caption>
        <thead>
          <tr>
            <th scope="col" style={{ ...stickyCell, width: 150, backgroundColor: token('elevation.surface.sunken') }}>
              Skill
            </th>
            {levels.map((l) => (
              <th key={l.id} scope="col" data-level={l.id}>
                {l.id}
                <div style={{ ...text.subtlest, fontWeight: token('font.weight.regular') }}>{framework.ladders.find((x) => x.id === l.ladder)?.role}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => (
            <Fragment key={c.name}>
              <CategoryRow span={levels.length + 1}>{c.name}</CategoryRow>
              {c.skills.map((s) => (
                <tr key={s} data-testid="matrix-row" data-skill={s}>
                  <th scope="row" style={{ ...stickyCell, fontWeight: token('font.weight.semibold') }}>
                    {s}
                  </th>
                  {levels.map((l) => {
                    const list = behavioursOf(l, c.name, s);
                    return (
                      <td key={l.id} data-level={l.id}>
                        {list.length === 0 ? (
                          <span style={text.subtlest} aria-label="Not at this level">
                            —
                          </span>
                        ) : (
                          <ol className="cf-behaviours" style={{ paddingInlineStart: 20 }}>
                            {list.map((b, i) => (
                              <li key={i} value={i + 1}>
                                {b}
                              </li>
                            ))}
                          </ol>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
