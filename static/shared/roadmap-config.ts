/** The macro's saved configuration, read defensively (shared by the view and the config view). */
import { DEFAULT_ROADMAP_CONFIG, ROADMAP_BASELINE_MODES, ROADMAP_GROUP_BYS, type RoadmapMacroConfig } from '../../src/contract';

/** The saved config with defaults for anything missing or wrong. */
export function configOf(raw: Partial<RoadmapMacroConfig> | undefined): RoadmapMacroConfig {
  const c = raw ?? {};
  return {
    jql: typeof c.jql === 'string' ? c.jql : DEFAULT_ROADMAP_CONFIG.jql,
    weight: c.weight === 'points' || c.weight === 'time' || c.weight === 'count' ? c.weight : DEFAULT_ROADMAP_CONFIG.weight,
    groupBy: (ROADMAP_GROUP_BYS as readonly string[]).includes(c.groupBy ?? '') ? c.groupBy! : DEFAULT_ROADMAP_CONFIG.groupBy,
    title: typeof c.title === 'string' ? c.title : DEFAULT_ROADMAP_CONFIG.title,
    showNotDone: typeof c.showNotDone === 'boolean' ? c.showNotDone : DEFAULT_ROADMAP_CONFIG.showNotDone,
    baselineMode: (ROADMAP_BASELINE_MODES as readonly string[]).includes(c.baselineMode ?? '') ? c.baselineMode! : DEFAULT_ROADMAP_CONFIG.baselineMode,
    baselineDate: typeof c.baselineDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.baselineDate) ? c.baselineDate : DEFAULT_ROADMAP_CONFIG.baselineDate,
  };
}

