/**
 * The matrix macro's configuration, as the config view submits it (`view.submit({ config })`) and
 * Confluence hands it back to the view as `context.extension.config`. Read defensively: anything
 * missing or wrong falls back to a default, so an old or hand-edited config never breaks the page.
 *
 * UI-only data kept by Confluence with the macro instance, so it lives here rather than in the
 * backend contract.
 */

export type MatrixMode = 'level' | 'compare' | 'matrix';

export interface CompetencyMacroConfig {
  /** What to embed: one level, two levels compared, or the whole matrix. */
  mode: MatrixMode;
  /** `level`: the level, and whether to show everything expected at it (its own and every lower level's). */
  level: string;
  everything: boolean;
  /** `compare`: the two levels. */
  from: string;
  to: string;
  /** `compare`: leave out skills that stay the same. */
  hideSame: boolean;
  /** `matrix`: one ladder's levels, or '' for every level. */
  ladder: string;
  /** Heading above the macro; '' for an automatic one. */
  title: string;
}

export const DEFAULT_MACRO_CONFIG: CompetencyMacroConfig = {
  mode: 'matrix',
  level: '',
  everything: false,
  from: '',
  to: '',
  hideSame: false,
  ladder: '',
  title: '',
};

const str = (v: unknown, d: string) => (typeof v === 'string' ? v.slice(0, 200) : d);
const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);

/** The saved config with defaults for anything missing or wrong; null when nothing was saved yet. */
export function configOf(raw: unknown): CompetencyMacroConfig | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const c = raw as Record<string, unknown>;
  if (c.mode !== 'level' && c.mode !== 'compare' && c.mode !== 'matrix') return null;
  const d = DEFAULT_MACRO_CONFIG;
  return {
    mode: c.mode,
    level: str(c.level, d.level),
    everything: bool(c.everything, d.everything),
    from: str(c.from, d.from),
    to: str(c.to, d.to),
    hideSame: bool(c.hideSame, d.hideSame),
    ladder: str(c.ladder, d.ladder),
    title: str(c.title, d.title),
  };
}
