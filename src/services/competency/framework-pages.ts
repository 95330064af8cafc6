/**
 * The Confluence pages a framework is published as: an overview (introduction,
 * principles, definitions, ladders, levels with scope and typical reporting) and one child page per
 * level with its behaviours by category and skill, numbered in the seed's order (SPEC §4 positions),
 * plus an expand with everything expected at it (levels are additive). Storage format, escaped.
 */
import { esc, h, macro, ol, p, pageLink, pRaw, strong, table, ul, xmlSafe } from '../../confluence/storage-format';
import type { Framework, Level } from '../../domain/framework';
import { levelsUpTo } from '../../domain/level-ladders';

/** Confluence titles are at most 255 characters. */
const MAX_TITLE = 255;

function clip(name: string, room: number): string {
  return name.length <= room ? name : `${name.slice(0, Math.max(1, room - 1))}…`;
}

// Titles are stripped of what XML forbids like the bodies: Confluence stores them as XML, and the
// lookup by title must use exactly the title that was published.
export function overviewTitle(framework: Framework): string {
  const prefix = 'Career framework: ';
  return prefix + clip(xmlSafe(framework.name), MAX_TITLE - prefix.length);
}

export function levelTitle(framework: Framework, level: Level): string {
  const suffix = `: ${xmlSafe(level.id)}`;
  return clip(xmlSafe(framework.name), MAX_TITLE - suffix.length) + suffix;
}

const NOTICE =
  'Published by Shipshape from the career framework. Edits made here are replaced the next time the framework is published; change the framework instead.';

function behaviours(level: Level): string {
  return level.categories
    .map((c) => h(3, c.name) + c.skills.map((s) => h(4, s.name) + ol(s.behaviours.map(esc))).join(''))
    .join('');
}

export function overviewPage(framework: Framework): string {
  const parts: string[] = [macro('info', {}, p(NOTICE))];
  const provenance = [framework.jobFamily, framework.organisation, framework.version ? `version ${framework.version}` : undefined].filter(Boolean);
  parts.push(p(provenance.join(' · ')));
  for (const para of framework.introduction) parts.push(p(para));
  if (framework.principles.length) {
    parts.push(h(2, framework.headings?.principles ?? 'Guiding principles'));
    for (const pr of framework.principles) parts.push(h(3, pr.title), p(pr.text));
  }
  if (framework.definitions.length) {
    parts.push(h(2, framework.headings?.definitions ?? 'Competencies per job'));
    if (framework.definitionsIntro) parts.push(p(framework.definitionsIntro));
    const items: string[] = [];
    for (const d of framework.definitions) {
      if (d.intro) {
        if (items.length) parts.push(ul(items.splice(0)));
        parts.push(p(d.intro));
      }
      items.push(`${strong(`${d.name}:`)} ${esc(d.text)}`);
    }
    if (items.length) parts.push(ul(items));
  }
  for (const n of framework.notes) parts.push(pRaw(`${strong(`${n.title}:`)} ${esc(n.text)}`));
  parts.push(h(2, 'Ladders'));
  parts.push(
    table(
      ['Ladder', 'Role', 'Levels'],
      framework.ladders.map((l) => [
        esc(l.name),
        esc(l.role),
        l.levels
          .map((id) => framework.levels.find((x) => x.id === id))
          .filter((x): x is Level => x !== undefined)
          .map((lv) => pageLink(levelTitle(framework, lv), lv.id))
          .join(', '),
      ]),
    ),
  );
  parts.push(h(2, framework.headings?.levels ?? 'Levels'));
  parts.push(p('Levels are additive: everything expected at the levels below a level is expected at it too.'));
  parts.push(
    table(
      ['Level', 'Ladder', 'Scope & Influence', 'Typical Reporting Structure'],
      framework.levels.map((lv) => [
        pageLink(levelTitle(framework, lv), lv.id),
        esc(framework.ladders.find((l) => l.id === lv.ladder)?.name ?? lv.ladder),
        esc(lv.scope),
        esc(lv.reporting || '—'),
      ]),
    ),
  );
  if (framework.history?.length) {
    parts.push(h(2, framework.headings?.history ?? 'Update history'));
    parts.push(table(['Version', 'Date', 'Updated by', 'Remarks'], framework.history.map((x) => [esc(x.version), esc(x.date), esc(x.updatedBy), esc(x.remarks)])));
  }
  return parts.join('');
}

export function levelPage(framework: Framework, level: Level): string {
  const ladder = framework.ladders.find((l) => l.id === level.ladder);
  const parts: string[] = [macro('info', {}, p(NOTICE))];
  parts.push(pRaw(`${strong('Ladder:')} ${esc(ladder?.name ?? level.ladder)}${ladder?.role ? ` (${esc(ladder.role)})` : ''} · ${strong('Rank:')} ${level.rank} · ${pageLink(overviewTitle(framework), 'Back to the overview')}`));
  parts.push(h(2, 'Scope & Influence'), p(level.scope));
  parts.push(h(2, 'Typical Reporting Structure'), p(level.reporting || '—'));
  parts.push(h(2, `What ${level.id} expects`));
  parts.push(p('Behaviours are numbered in the framework\'s order; a self-assessment names a behaviour by its skill and number.'));
  parts.push(behaviours(level));
  const lower = levelsUpTo(framework, level.id).slice(0, -1);
  if (lower.length) {
    const body =
      p(`Levels are additive: at ${level.id}, everything expected at ${lower.map((l) => l.id).join(', ')} is expected too.`) +
      lower.map((l) => h(2, `From ${l.id}`) + pRaw(pageLink(levelTitle(framework, l), `${l.id} page`)) + behaviours(l)).join('');
    parts.push(macro('expand', { title: `Everything expected at ${level.id}` }, body));
  }
  return parts.join('');
}
