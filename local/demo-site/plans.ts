/**
 * The scripted shape of the demo organisation: which epics, which versions, how many issues per
 * version in which state, so readiness and roadmap tests have stable stories to tell (the PRNG
 * fills in the details in generator.ts).
 */
import { DEMO_USERS, TEAM_USERS, type DemoProject, type DemoUser } from './model';

/** Names of versions with a story to tell (readiness tests and the demo script use them). */
export const DEMO_VERSIONS = {
  /** PO, released and archived long ago. */
  poArchived: 'PO 1.0',
  poReleased: 'PO 1.2',
  /** PO, unreleased, release date 4 days ago, work unfinished → not_ready. */
  poPastDue: 'PO 1.3 Hotfix',
  /** PO, release in 10 days, 17 of 20 done, fast throughput → on_track (nearly ready). */
  poNearlyReady: 'PO 2.0',
  /** PO, release in 40 days, an open issue with priority Blocker → not_ready. */
  poBlocked: 'PO 2.1',
  /** PO, release in 120 days, no issues at all → not_ready. */
  poEmpty: 'PO 3.0',
  /** PO, unreleased, no release date. */
  poNoDate: 'PO Backlog',
  /** MOB, release in 7 days, every issue done → ready once signed off (at_risk without). */
  mobAllDone: 'Mobile 5.0',
  /** MOB, release in 30 days, 2 of 16 done → at_risk. */
  mobAtRisk: 'Mobile 5.1',
  /** MOB, unreleased, no release date. */
  mobNoDate: 'Mobile Someday',
  /** BIG (large dataset only): 5,000 issues. */
  bigVersion: 'BIG 1.0',
} as const;

export type State = 'todo' | 'inprogress' | 'done';

/** How a version's issues stand: counts by state and when the done ones were resolved. */
export interface VersionPlan {
  name: string;
  /** Release date as days from today; null = no date. */
  releaseIn: number | null;
  released: boolean;
  archived?: boolean;
  description: string;
  /** State of each issue, in the order issues are drawn for it. Released: all done. */
  states?: { done: number; inprogress: number; todo: number };
  /** Window for resolution dates, days relative to today (inclusive). */
  resolvedWithin?: [number, number];
}

/** A group of leaves inside an epic: how many, and which version they carry (null = none). */
export type Bundle = readonly [version: string | null, count: number];

export interface EpicPlan {
  summary: string;
  bundles: readonly Bundle[];
  /** Due date as days from today; undefined = derived from the versions; null = none. */
  dueIn?: number | null;
}

export interface InitiativePlan {
  summary: string;
  dueIn: number | null;
  epics: readonly EpicPlan[];
}

export interface ProjectPlan {
  project: Omit<DemoProject, 'leadAccountId'>;
  team: readonly DemoUser[];
  versions: readonly VersionPlan[];
  initiatives: readonly InitiativePlan[];
  /** Epics without a parent. */
  epics: readonly EpicPlan[];
  /** Leaves without a parent. */
  orphans: readonly Bundle[];
  topics: readonly string[];
}

export const [ALEX, SAM, JORDAN, CHEN, TAYLOR, FATIMA] = TEAM_USERS as [DemoUser, DemoUser, DemoUser, DemoUser, DemoUser, DemoUser];

// The plans below are literal data of one type: rows alike in shape are the type, not a copy.
export const PO_PLAN: ProjectPlan = {
  project: { id: '10000', key: 'PO', name: 'Platform', description: 'Core platform: accounts, billing, reliability.' },
  team: [DEMO_USERS.lead, ALEX, SAM, JORDAN, TAYLOR],
  versions: [
    { name: 'PO 1.0', releaseIn: -300, released: true, archived: true, description: 'First public release' },
    { name: 'PO 1.1', releaseIn: -120, released: true, description: 'Signup and billing basics' },
    { name: 'PO 1.2', releaseIn: -45, released: true, description: 'Alerting' },
    { name: 'PO 1.3 Hotfix', releaseIn: -4, released: false, description: 'Failover hotfix', states: { done: 5, inprogress: 3, todo: 0 }, resolvedWithin: [-20, -5] },
    { name: 'PO 2.0', releaseIn: 10, released: false, description: 'Guided onboarding', states: { done: 17, inprogress: 2, todo: 1 }, resolvedWithin: [-13, 0] },
    { name: 'PO 2.1', releaseIn: 40, released: false, description: 'Analytics and invoices', states: { done: 5, inprogress: 6, todo: 7 }, resolvedWithin: [-27, -3] },
    { name: 'PO 3.0', releaseIn: 120, released: false, description: 'Next big thing' },
    { name: 'PO Backlog', releaseIn: null, released: false, description: 'Unscheduled', states: { done: 0, inprogress: 1, todo: 9 } },
  ],
  initiatives: [
    {
      summary: 'Self-serve onboarding', dueIn: 30,
      epics: [
        { summary: 'Signup flow redesign', bundles: [['PO 1.1', 6], ['PO 1.2', 3]] },
        { summary: 'Guided product tour', bundles: [['PO 2.0', 8], ['PO 2.1', 3]] },
        { summary: 'Onboarding analytics', bundles: [['PO 2.1', 6], [null, 2]] },
      ],
    },
    {
      summary: 'Platform reliability', dueIn: -10,
      epics: [
        { summary: 'Incident alerting', bundles: [['PO 1.2', 5], ['PO 1.3 Hotfix', 4]], dueIn: -6 },
        { summary: 'Database failover', bundles: [['PO 1.3 Hotfix', 4], ['PO 2.0', 6]] },
        { summary: 'Rate limiting', bundles: [['PO 2.0', 6], ['PO 2.1', 4]] },
      ],
    },
    {
      summary: 'Billing revamp', dueIn: null,
      epics: [
        { summary: 'Invoice PDF export', bundles: [['PO 2.1', 5], ['PO Backlog', 3]] },
        // An empty epic under an initiative (SPEC §2: adds nothing to the initiative).
        { summary: 'Tax engine integration', bundles: [], dueIn: 90 },
      ],
    },
  ],
  epics: [
    { summary: 'Legacy API sunset', bundles: [['PO 1.0', 5], ['PO 1.1', 3]] },
    // An epic with no children and no parent, overdue: its own single unit.
    { summary: 'Accessibility audit', bundles: [], dueIn: -3 },
  ],
  orphans: [['PO Backlog', 7], ['PO 1.2', 2], [null, 3]],
  topics: ['login', 'billing', 'webhooks', 'search', 'audit log', 'SSO', 'API keys', 'rate limits', 'exports', 'notifications'],
};

export const MOB_PLAN: ProjectPlan = {
  project: { id: '10001', key: 'MOB', name: 'Mobile App', description: 'iOS and Android apps.' },
  team: [DEMO_USERS.mobile, CHEN, FATIMA, SAM],
  versions: [
    { name: 'Mobile 4.8', releaseIn: -60, released: true, description: 'Crash fixes' },
    { name: 'Mobile 4.9', releaseIn: -20, released: true, description: 'Offline reading' },
    { name: 'Mobile 5.0', releaseIn: 7, released: false, description: 'Offline editing', states: { done: 12, inprogress: 0, todo: 0 }, resolvedWithin: [-25, -1] },
    { name: 'Mobile 5.1', releaseIn: 30, released: false, description: 'Dark mode', states: { done: 2, inprogress: 4, todo: 10 }, resolvedWithin: [-12, -2] },
    { name: 'Mobile Someday', releaseIn: null, released: false, description: 'Ideas', states: { done: 0, inprogress: 0, todo: 6 } },
  ],
  initiatives: [
    {
      summary: 'Mobile app 5', dueIn: 35,
      epics: [
        { summary: 'Offline mode', bundles: [['Mobile 4.9', 5], ['Mobile 5.0', 6]] },
        { summary: 'Push notification preferences', bundles: [['Mobile 5.0', 6], ['Mobile 5.1', 4]] },
        { summary: 'Dark mode', bundles: [['Mobile 5.1', 8]] },
        { summary: 'App store ratings prompt', bundles: [['Mobile 5.1', 4], [null, 2]], dueIn: -2 },
      ],
    },
  ],
  epics: [{ summary: 'Crash reporting', bundles: [['Mobile 4.8', 6], ['Mobile 4.9', 3]] }],
  orphans: [['Mobile Someday', 6], [null, 3]],
  topics: ['offline sync', 'push', 'dark theme', 'widgets', 'deep links', 'biometric login', 'tablet layout', 'app rating'],
};
