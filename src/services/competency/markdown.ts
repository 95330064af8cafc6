/**
 * The promotion packet (SPEC §4 readiness, as Markdown): the person, levels, months in role against
 * 18, each category of the target level covered or not with counts, every demonstrated behaviour
 * with its evidence, and what is missing. Every text that comes from people — evidence, names, and
 * a custom framework's level ids, categories and behaviours — is escaped, so none can add markup
 * (`<b>` shows as typed) or break the document's structure.
 */
import type { AssessmentRecord } from '../../contract/competency';
import type { Framework } from '../../domain/framework';
import type { LevelsResult } from '../../domain/levels';

/** Escapes Markdown syntax in one line of text (newlines become spaces). */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

function evidenceMd(evidence: string, href: string | null): string {
  if (!href) return mdText(evidence);
  // `<…>` destinations allow any URL characters but `<`, `>` and spaces, which URL() already encoded.
  return `[${mdText(evidence)}](<${href}>)`;
}

export interface PacketInput {
  assessment: AssessmentRecord;
  result: LevelsResult;
  framework: Framework;
  generatedAt: string;
}

export function promotionPacketMarkdown({ assessment, result, framework, generatedAt }: PacketInput): string {
  const out: string[] = [];
  const person = assessment.person ? mdText(assessment.person) : '(name not given)';
  const monthsWord = (n: number): string => (n === 1 ? 'month' : 'months');
  out.push(`# Promotion packet: ${person}`, '');
  out.push(`**${mdText(result.currentLevel)} → ${mdText(result.targetLevel)}**, as of ${result.asOf}.`, '');
  out.push('| | |', '| --- | --- |');
  out.push(`| Person | ${person} |`);
  out.push(`| Current level | ${mdText(result.currentLevel)}, since ${result.currentLevelSince} |`);
  out.push(`| Target level | ${mdText(result.targetLevel)} |`);
  out.push(
    `| Time in ${mdText(result.currentLevel)} | ${result.monthsInRole} of ${result.monthsRequired} whole ${monthsWord(result.monthsRequired)} ` +
      `${result.timeInRoleMet ? '(met)' : `(not yet; reached on ${result.eligibleFrom})`} |`,
  );
  const covered = result.categories.filter((c) => c.covered).length;
  out.push(`| Categories covered | ${covered} of ${result.categories.length} |`);
  out.push(`| Eligible to level up | ${result.eligible ? 'Yes' : 'Not yet'} |`);
  out.push(`| Framework | ${mdText(framework.name)}${framework.version ? ` ${mdText(framework.version)}` : ''} |`, '');

  out.push('## Readiness', '');
  if (result.eligible) {
    out.push(
      `Eligible: at least ${result.monthsRequired} whole months in ${mdText(result.currentLevel)}, and every category of ${mdText(result.targetLevel)} ` +
        'has at least one behaviour demonstrated with evidence.',
    );
  } else {
    out.push('Not yet eligible:', '');
    for (const r of result.reasons) out.push(`- ${mdText(r)}`);
  }
  out.push('');

  out.push(`## Categories of ${mdText(result.targetLevel)}`, '');
  out.push('| Category | Covered | Behaviours demonstrated |', '| --- | --- | --- |');
  for (const c of result.categories) out.push(`| ${mdText(c.name)} | ${c.covered ? 'Yes' : 'No'} | ${c.demonstrated} of ${c.behaviours} |`);
  out.push('');

  out.push('## Demonstrated behaviours', '');
  const hrefs = new Map<string, string | null>();
  for (const d of assessment.demonstrated) hrefs.set(`${d.skill.toLowerCase()}#${d.behaviour}#${d.evidence}`, d.evidenceHref);
  let any = false;
  for (const c of result.categories) {
    const skills = c.skills.filter((s) => s.demonstrated > 0);
    if (!skills.length) continue;
    any = true;
    out.push(`### ${mdText(c.name)}`, '');
    for (const s of skills) {
      out.push(`#### ${mdText(s.name)}`, '');
      for (const b of s.behaviours.filter((x) => x.demonstrated)) {
        out.push(`- **${b.position}.** ${mdText(b.text)}`);
        for (const e of b.evidence) out.push(`  - Evidence: ${evidenceMd(e, hrefs.get(`${s.name.toLowerCase()}#${b.position}#${e}`) ?? null)}`);
      }
      out.push('');
    }
  }
  if (!any) out.push(`Nothing demonstrated with evidence yet.`, '');

  out.push('## What is missing', '');
  if (!result.timeInRoleMet) {
    const left = result.monthsRequired - result.monthsInRole;
    out.push(`- Time in ${mdText(result.currentLevel)}: ${left} more whole ${monthsWord(left)} (reached on ${result.eligibleFrom}).`);
  }
  for (const c of result.categories.filter((x) => !x.covered)) {
    out.push(`- ${mdText(c.name)}: not covered; demonstrate at least one of its ${c.behaviours} behaviours.`);
  }
  if (result.eligible) out.push('- Nothing required is missing.');
  out.push('');
  const notYet = result.categories.filter((c) => c.missingBehaviours.length > 0);
  if (notYet.length) {
    out.push(`### Behaviours of ${mdText(result.targetLevel)} not yet demonstrated`, '');
    for (const c of notYet) {
      out.push(`**${mdText(c.name)}**${c.covered ? '' : ' (category not covered)'}`, '');
      for (const m of c.missingBehaviours) out.push(`- ${mdText(m.skill)} ${m.behaviour}: ${mdText(m.text)}`);
      out.push('');
    }
  }
  if (result.ignoredEntries.length) {
    out.push('### Entries without evidence', '');
    for (const e of result.ignoredEntries) out.push(`- Entry ${e.entry}, ${mdText(e.skill)} ${e.behaviour}: ${mdText(e.reason)}.`);
    out.push('');
  }
  out.push(`_Generated by Shipshape on ${generatedAt.slice(0, 10)}. Readiness rules: at least ${result.monthsRequired} whole calendar months in the current level, and every category of the target level covered by at least one behaviour demonstrated with evidence._`);
  return `${out.join('\n')}\n`;
}
