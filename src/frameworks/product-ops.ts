/**
 * The default career framework (SPEC §4, §6): "Product Ops Levelling" v1.0, word for word from
 * `/work/shared/seeds/000_6f104b2cd9aefa4b.txt`, typos and all. See README.md in this folder for the
 * reading decisions (bullet splitting, page-break continuations, the empty POL6 reporting cell).
 *
 * Do not edit by hand without re-running `npx jest test/frameworks` (the fidelity test re-reads the seed).
 * Consumers use the deep-frozen `DEFAULT_FRAMEWORK` from `./index`, not this object.
 */
import type { Framework } from '../domain/framework';
import { IC_LEVELS } from './product-ops-ic-levels';
import { MANAGER_LEVELS } from './product-ops-manager-levels';

export const PRODUCT_OPS_FRAMEWORK: Framework = {
  id: 'product-ops',
  name: 'Product Ops Levelling',
  jobFamily: 'Product Operations',
  version: '1.0 (18 Apr 2024)',
  organisation: 'Whatfix',
  history: [{ version: '1.0', date: '18 Apr 2024', updatedBy: 'Kunal Boppana', remarks: 'Levelling document updated' }],
  headings: {
    history: 'Update History',
    principles: 'Few Guiding Principles',
    definitions: 'Competencies per Job',
    levels: 'Product Ops Jobs Framework',
    competencies: 'Product Ops-Competencies',
  },
  introduction: [
    'At Whatfix, we are building a new category of software, which requires a lot of innovation. Our goal is to foster an environment where our Product team can work more efficiently, iterate faster, and make informed business decisions across the entire product life cycle, from identifying problems to measuring outcomes.',
    'To help our team members excel in their careers, we have developed a set of guiding principles for creating a Jobs Framework. This framework will enable team members to understand their career level and take ownership of their career progression. They will also be able to identify the skills required to move to the next level and be prepared to take on additional responsibilities when the business requires them.',
    "The Jobs Framework enables managers to have productive discussions about performance, career growth, and expectations. It fosters transparency, consistency, and equity while empowering team members to drive their careers and enhance our product organization's efficiency and innovation.",
  ],
  principles: [
    {
      title: 'Flatter Hierarchy',
      text: 'We want to build an organizational structure with minimal levels of management layers between individual contributors and top leadership. In such a system, decision-making is decentralized, promoting open communication and faster responsiveness. This structure encourages employee empowerment, promotes innovation, and facilitates quick adaptation to changing circumstances, leading to increased agility and efficiency.',
    },
    {
      title: 'Being Hands-On',
      text: 'As a company, we rely on our managers and leaders to guide our teams effectively. It is crucial for them to remain hands-on and involved in the day-to-day operations. This means that they should be calibrating articles, release plans, support tickets, chorus calls and if required write, edit articles as well. They must also stay up-to-date with product developments through constant testing and usage, gather insights, and closely monitor product health metrics.',
    },
    {
      title: 'Prove first before leveling up',
      text: 'Level-up happens only after the employee is able to prove that he/she has already operated at the new scope & demonstrated the impact expected. Level-up does not add additional responsibilities, Level up happens only after additional responsibilities are already handled. It is not mandatory that each & every behavior is exhibited but needs to prove that all categories are covered.',
    },
    {
      title: 'All work streams under Product Org are treated equally',
      text: 'The criteria of level up is exactly the same, individuals need to handle a bigger scope or make a larger impact & show the right behaviors to grow irrespective of their work stream.',
    },
    {
      title: 'Years of experience are not mandatory to level up',
      text: 'Years of experience are required to master anything, It is not enough to be able to do it once, It has to be repeatable. A minimum of 1.5 years of experience in the current role is required to be considered to level up apart from that there are no minimum years of experience requirements for any level. The years of experience are only a guide to set expectations.',
    },
    {
      title: 'Levels are additive',
      text: 'Every level is additive to all previous levels. Responsibilities of all previous levels are expected when you are at a level.',
    },
  ],
  definitionsIntro: 'For each Job Framework, we have identified categories for describing competencies we expect to see at each level. Below we describe the definitions of each category:',
  definitions: [
    {
      name: 'Scope & Influence',
      text: 'The scope of the responsibilities and ways each job influences product, team members, or company strategy. This ranges from focus on own work to cross-company and external influence in terms of product, team members, customers, or company strategy.',
    },
    {
      name: 'Complexity & Problem solving',
      text: 'The level of complexity and problem-solving skills in day-to-day responsibilities and projects. This ranges from low, and moderate to highly complex problems that influence the accomplishment of long-term business goals.',
    },
    {
      name: 'Functional Competencies',
      text: 'Competencies that are specific per level and per function(PM/IDG/Ops/Data). These are built out by each function themselves.',
    },
    {
      name: 'Values Competencies',
      text: 'Competencies that are aligned with our core cultural values,',
    },
    {
      name: 'Typical Reporting Structure',
      intro: 'Besides the above competency categories typical reporting structure is also added to the Job Frameworks:',
      text: 'This shows the typical reporting structure for that Job level.',
    },
  ],
  notes: [{ title: 'Complexity', text: 'The complexity of a product area can be defined based on the amount of risk involved along different dimensions such as technical complexity, execution complexity, market complexity, and usability complexity.' }],
  competenciesIntro: 'At each level, it is anticipated that individuals will assume the responsibilities associated with their previous levels of experience and expertise.',
  ladders: [
    {
      id: 'individual-contributors',
      name: 'Individual Contributors',
      role: 'Product Operations Specialist',
      levels: ['PO1', 'PO2'],
      competenciesHeading: 'IC Roles',
    },
    {
      id: 'people-managers',
      name: 'People Managers',
      role: 'Leader - Product Ops',
      levels: ['POL5', 'POL6'],
      competenciesHeading: 'Leader role',
    },
  ],
  levels: [...IC_LEVELS, ...MANAGER_LEVELS],
};
