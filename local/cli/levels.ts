/**
 * `shipshape levels --assessment FILE [--framework FILE] [--as-of D] [--json]` (SPEC §4, §5).
 * Exit 0 whenever readiness was computed, eligible or not (SPEC §5 gives 3 only to `readiness`);
 * exit 2 with one line on stderr for every bad input SPEC §4 lists: an unreadable or invalid file,
 * an unknown level or skill, a position out of range, an as-of date before the start date, a
 * target not above the current level, a bad date, a bad framework file.
 */
import { isIsoDate } from '../../src/domain/dates';
import { DomainInputError } from '../../src/domain/errors';
import type { Framework } from '../../src/domain/framework';
import { validateAssessment, type Assessment } from '../../src/domain/assessment-file';
import { assessLevelUp, type LevelsResult } from '../../src/domain/levels';
import { DEFAULT_FRAMEWORK, FrameworkLoadError, parseFrameworkJson } from '../../src/frameworks';
import type { Command } from './command';
import { EXIT, UsageError, type CliIo } from './io';
import { quote } from '../../src/domain/input';

/** SPEC §5 `levels` JSON: the contract's fields in its order, then extras (none renamed). */
export function levelsJson(r: LevelsResult): Record<string, unknown> {
  return {
    asOf: r.asOf,
    currentLevel: r.currentLevel,
    targetLevel: r.targetLevel,
    eligible: r.eligible,
    monthsInRole: r.monthsInRole,
    categories: r.categories.map((c) => ({ name: c.name, covered: c.covered, demonstrated: c.demonstrated, behaviours: c.behaviours })),
    reasons: r.reasons,
    person: r.person,
    currentLevelSince: r.currentLevelSince,
    monthsRequired: r.monthsRequired,
    eligibleFrom: r.eligibleFrom,
    timeInRoleMet: r.timeInRoleMet,
  };
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();

function readText(io: CliIo, file: string, what: string): string {
  try {
    return io.readFile(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a directory' : e.code === 'EACCES' ? 'permission denied' : oneLine(e.message ?? String(err));
    throw new UsageError(`cannot read the ${what} file ${file}: ${why}`);
  }
}

function readAssessment(io: CliIo, file: string): Assessment {
  const text = readText(io, file, 'assessment');
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    throw new UsageError(`the assessment file ${file} is not valid JSON: ${oneLine((err as Error).message)}`);
  }
  try {
    return validateAssessment(data);
  } catch (err) {
    if (err instanceof DomainInputError) throw new UsageError(`${file}: ${oneLine(err.message)}`);
    throw err;
  }
}

function readFramework(io: CliIo, file: string | undefined): Framework {
  if (file === undefined) return DEFAULT_FRAMEWORK;
  const result = parseFrameworkJson(readText(io, file, 'framework'));
  if (!result.ok) throw new UsageError(`the framework file ${file} is invalid: ${oneLine(FrameworkLoadError.summary(result.errors).replace(/^Invalid framework: /, ''))}`);
  return result.framework;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** The summary for people. */
export function levelsText(r: LevelsResult): string {
  const lines: string[] = [];
  const who = r.person ? `${r.person}, ` : '';
  const m = (n: number): string => `${n} whole ${n === 1 ? 'month' : 'months'}`;
  lines.push(`Level-up readiness as of ${r.asOf}: ${who}${r.currentLevel} → ${r.targetLevel}`);
  lines.push(`Eligible: ${r.eligible ? 'yes' : 'no'}`);
  lines.push(
    `Time in ${r.currentLevel}: ${m(r.monthsInRole)} since ${r.currentLevelSince} ` +
      (r.timeInRoleMet ? `(${r.monthsRequired} needed: met)` : `(${r.monthsRequired} needed; reached on ${r.eligibleFrom})`),
  );
  lines.push(`Categories of ${r.targetLevel}:`);
  const width = Math.max(...r.categories.map((c) => c.name.length)) + 2;
  for (const c of r.categories) {
    lines.push(`  ${pad(c.name, width)}${pad(c.covered ? 'covered' : 'not covered', 13)}${c.demonstrated} of ${c.behaviours} behaviours demonstrated`);
  }
  if (r.reasons.length) {
    lines.push('Why not eligible:');
    for (const reason of r.reasons) lines.push(`  - ${reason}`);
  }
  for (const e of r.ignoredEntries) lines.push(`Note: entry ${e.entry} (${e.skill} ${e.behaviour}) counts for nothing: ${e.reason}.`);
  return `${lines.join('\n')}\n`;
}

export const levelsCommand: Command = {
  name: 'levels',
  usage: 'levels --assessment FILE [--framework FILE] [--as-of D] [--json]',
  summary: 'level-up readiness of a self-assessment (SPEC §4): 18 months in the level and every category of the target level covered',
  options: { assessment: { type: 'string' }, framework: { type: 'string' } },
  async run(values, io) {
    const file = values.assessment;
    if (typeof file !== 'string' || file.trim() === '') {
      throw new UsageError('levels needs --assessment FILE (a JSON self-assessment, see SPEC §4)');
    }
    const asOfRaw = values['as-of'];
    if (asOfRaw !== undefined && (typeof asOfRaw !== 'string' || !isIsoDate(asOfRaw))) {
      throw new UsageError(`--as-of must be a real calendar date as YYYY-MM-DD (got ${quote(asOfRaw)})`);
    }
    const asOf = (asOfRaw as string | undefined) ?? io.today();
    const frameworkFile = values.framework;
    if (frameworkFile !== undefined && (typeof frameworkFile !== 'string' || frameworkFile.trim() === '')) {
      throw new UsageError('--framework needs a FILE');
    }
    const framework = readFramework(io, frameworkFile as string | undefined);
    const assessment = readAssessment(io, file);
    let result: LevelsResult;
    try {
      result = assessLevelUp(framework, assessment, asOf);
    } catch (err) {
      if (err instanceof DomainInputError) throw new UsageError(oneLine(err.message));
      throw err;
    }
    io.stdout(values.json ? `${JSON.stringify(levelsJson(result), null, 2)}\n` : levelsText(result));
    return EXIT.ok;
  },
};
