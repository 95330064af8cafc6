/**
 * Pickers (people, projects, Confluence spaces): resolver keys, payloads and answers. Searches run
 * as the viewing user, so a picker offers only what that user may see. Stored values stay ids;
 * `people-names` turns stored account ids back into names in one bulk read.
 */

export const PICKER_KEYS = {
  peopleSearch: 'picker-people-search',
  peopleNames: 'picker-people-names',
  projectSearch: 'picker-project-search',
  spaceSearch: 'picker-space-search',
} as const;

export const PICKER_LIMITS = {
  /** Longest search text accepted. */
  queryLength: 100,
  /** Most account ids `people-names` resolves in one call. */
  accountIds: 200,
  /** Matches a search answers with. */
  results: 20,
} as const;

/** A person as a picker shows them. */
export interface Person {
  accountId: string;
  displayName: string;
  /** Jira's avatar image (may be blocked by the frame's CSP: the UI falls back to initials). */
  avatarUrl: string | null;
}

export interface PickerSearchPayload {
  /** What the user typed; trimmed. People search needs at least one character. */
  query: string;
}

export interface PeopleNamesPayload {
  accountIds: string[];
}

export interface PeopleNames {
  people: Person[];
  /** Ids Jira did not return (deleted accounts, or people the viewer may not see). */
  unknown: string[];
}

export interface ProjectOption {
  id: string;
  key: string;
  name: string;
  avatarUrl: string | null;
}

export interface ProjectSearchPayload extends PickerSearchPayload {
  /** Paging: the `nextStartAt` of the previous answer. */
  startAt?: number;
}

export interface ProjectSearchResult {
  projects: ProjectOption[];
  total: number;
  /** Where the next page starts, or null on the last page. */
  nextStartAt: number | null;
}

export interface SpaceOption {
  id: string;
  key: string;
  name: string;
}

export interface SpaceSearchResult {
  spaces: SpaceOption[];
  /** Spaces matched in all (the answer lists the first `PICKER_LIMITS.results`). */
  total: number;
}
