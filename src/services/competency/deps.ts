/**
 * What the competency feature needs from its host beyond `AppDeps`: a Confluence client acting as
 * the user of the call. Until the lead adds `confluenceFor` to `AppDeps`, hosts pass
 * `AppDeps & CompetencyHost`; it is optional so the resolvers work with a plain `AppDeps`
 * (publishing then answers a clear BAD_INPUT saying the host has no Confluence connection).
 */
import type { ConfluenceClient } from '../../confluence/client';
import type { AppDeps } from '../../resolvers/deps';
import type { ForgeContext } from '../../resolvers/context';

export interface CompetencyHost {
  /** A Confluence v2 client acting as the user of this call (Forge: `api.asUser().requestConfluence`). */
  confluenceFor?(ctx: ForgeContext): ConfluenceClient;
}

export type CompetencyDeps = AppDeps & CompetencyHost;
