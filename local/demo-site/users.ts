/** The demo site's users: who logs in (and what each may browse) and the rest of the team. */
import type { DemoUser } from './entities';

/** The API token every demo user logs in with (Basic auth `email:token`). */
export const DEMO_API_TOKEN = 'shipshape-demo-token';

/** Demo users who log in. Every other team member below can log in too (browse: all). */
export const DEMO_USERS = {
  /** Product Ops lead and the site's Jira administrator: browses every project (PO, MOB, and BIG in the large dataset). */
  lead: {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d01',
    displayName: 'Priya Raman',
    email: 'priya.raman@shipshape.example',
    active: true,
    browse: 'all',
    admin: true,
  },
  /** Mobile engineer: browses project MOB only. */
  mobile: {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d02',
    displayName: 'Marco Bianchi',
    email: 'marco.bianchi@shipshape.example',
    active: true,
    browse: ['MOB'],
  },
  /** Can log in, but has no browse permission anywhere: empty searches, 404 for projects. */
  outsider: {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d03',
    displayName: 'Olivia Guest',
    email: 'olivia.guest@partner.example',
    active: true,
    browse: [],
  },
} as const satisfies Record<string, DemoUser>;

/** Assignees who also exist on the site; one is deactivated (Jira keeps their assignments). */
export const TEAM_USERS: readonly DemoUser[] = [
  {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d11',
    displayName: 'Alex Kim',
    email: 'alex.kim@shipshape.example',
    active: true,
    browse: 'all',
  },
  {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d12',
    displayName: 'Sam Okafor',
    email: 'sam.okafor@shipshape.example',
    active: true,
    browse: 'all',
  },
  {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d13',
    displayName: 'Jordan Lee',
    email: 'jordan.lee@shipshape.example',
    active: true,
    browse: 'all',
  },
  {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d14',
    displayName: 'Chen Wei',
    email: 'chen.wei@shipshape.example',
    active: true,
    browse: 'all',
  },
  {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d15',
    displayName: 'Taylor Brooks',
    email: 'taylor.brooks@shipshape.example',
    active: false,
    browse: 'all',
  },
  {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d16',
    displayName: 'Fatima Haddad',
    email: 'fatima.haddad@shipshape.example',
    active: true,
    browse: 'all',
  },
];

/** All users of the site: the three login personas and the team. */
export function allUsers(): DemoUser[] {
  return [DEMO_USERS.lead, DEMO_USERS.mobile, DEMO_USERS.outsider, ...TEAM_USERS];
}
