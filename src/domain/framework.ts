/**
 * Career framework types (SPEC §4, §6). A framework is data: ladders, levels with scope and
 * reporting, and per level behaviours grouped in categories and skills.
 */

export interface Framework {
  /** Stable id, e.g. `product-ops-v1`. */
  id: string;
  /** e.g. `Product Ops Levelling`. */
  name: string;
  /** Job family, e.g. `Product Operations`. */
  jobFamily: string;
  /** Document version and provenance shown on the overview, e.g. `1.0 (18 Apr 2024)`. */
  version?: string;
  /** Organisation the document comes from, e.g. `Whatfix` (optional provenance). */
  organisation?: string;
  /** The document's update history, in the seed's order (optional provenance). */
  history?: Array<{ version: string; date: string; updatedBy: string; remarks: string }>;
  /** The document's section headings, word for word (optional; for display). */
  headings?: {
    history?: string;
    principles?: string;
    definitions?: string;
    levels?: string;
    competencies?: string;
  };
  /** Introductory paragraphs, in order. */
  introduction: string[];
  /** Guiding principles, in order. */
  principles: Array<{ title: string; text: string }>;
  /** Sentence introducing the definitions (optional), e.g. `For each Job Framework, …`. */
  definitionsIntro?: string;
  /**
   * Competency-category definitions shown as text (Scope & Influence, …, Typical Reporting Structure).
   * `intro` (optional) is a sentence the document puts just before that definition.
   */
  definitions: Array<{ name: string; text: string; intro?: string }>;
  /** Free-text notes such as the complexity definition. */
  notes: Array<{ title: string; text: string }>;
  /** Sentence introducing the competency tables (optional), e.g. `At each level, it is anticipated …`. */
  competenciesIntro?: string;
  /**
   * Ladders in order, e.g. Individual Contributors (PO1, PO2) and People Managers (POL5, POL6).
   * `competenciesHeading` (optional) is the heading of the ladder's competency tables (`IC Roles`).
   */
  ladders: Array<{ id: string; name: string; role: string; levels: string[]; competenciesHeading?: string }>;
  /** Levels in ascending rank. */
  levels: Level[];
}

export interface Level {
  /** e.g. `PO1`. */
  id: string;
  /** SPEC §4 rank: PO1 1 < PO2 2 < POL5 5 < POL6 6. */
  rank: number;
  /** Ladder id this level belongs to. */
  ladder: string;
  scope: string;
  reporting: string;
  /** Functional competencies: categories (Product, Process, People Skills) of skills. */
  categories: Category[];
}

export interface Category {
  /** e.g. `Product Skills`. */
  name: string;
  skills: Skill[];
}

export interface Skill {
  /** e.g. `Tools & Initiatives`. */
  name: string;
  /** Behaviours in the seed's order; SPEC §4 positions are 1-based indexes into this list. */
  behaviours: string[];
}
