/**
 * The default career framework (SPEC §4, §6): "Product Ops Levelling" v1.0, word for word from
 * `/work/shared/seeds/000_6f104b2cd9aefa4b.txt`, typos and all. See README.md in this folder for the
 * reading decisions (bullet splitting, page-break continuations, the empty POL6 reporting cell).
 *
 * Do not edit by hand without re-running `npx jest test/frameworks` (the fidelity test re-reads the seed).
 * Consumers use the deep-frozen `DEFAULT_FRAMEWORK` from `./index`, not this object.
 */
import type { Framework } from '../domain/framework';

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
  levels: [
    {
      id: 'PO1',
      rank: 1,
      ladder: 'individual-contributors',
      scope:
        'Work on basic tools management activities, basic data cleanup and analysis (pulling data from sources and cleanup). Understand the product in-depth and handle release and demo management',
      reporting: 'IC and reporting to POL5 or above.',
      categories: [
        {
          name: 'Product Skills',
          skills: [
            {
              name: 'Tools & Initiatives',
              behaviours: [
                'Able to understand and effectively drive usage of key tools like PB, JIRA and others',
                'Understands how to use these tools along with their capabilities and limitations to create new processes',
              ],
            },
            {
              name: 'Business Support for Products',
              behaviours: [
                'Able to understand current functional business/product processes to execute predefined activities/projects for operations support',
                'Understand the requirements of Product and other teams and how they should work together to achieve the desired outcomes',
                'Is able to track Product OKRs and report on status and update the completion status',
              ],
            },
            {
              name: 'Strategic Insights',
              behaviours: [
                'Able to analyze available analytics and metrics including Win/Loss, NPS, and key product health metrics',
                'Proactively and promptly addresses feedback and makes changes',
                'Creates work for themselves and the team using analytic insights, support tickets, and chorus calls',
              ],
            },
            {
              name: 'Managing Product Development Lifecycle and Release Management',
              behaviours: [
                'Understands all product areas and the owners of each and is able to funnel requests and requirements from/to the right team when needed',
                'Strong awareness and ability to drive release processes like preparation, timely reviews and sign-offs from leads',
                'Tracks completion status of all the items in a planned Roadmap',
              ],
            },
          ],
        },
        {
          name: 'Process Skills',
          skills: [
            {
              name: 'Project Management',
              behaviours: [
                'Effectively track work done by different teams and stakeholders to complete key projects',
                'Follow up where required and gather required updates from various teams and team members including outside Product',
              ],
            },
            {
              name: 'Change Management',
              behaviours: [
                'Adept at communicating changes.',
              ],
            },
            {
              name: 'Process Mapping and Optimization',
              behaviours: [
                'Able to keep track of deliverables and meet deadlines within time/quality/scope',
                'Able to identify and escalate issues early in the cycle',
                'Able to follow existing processes and suggest new ones',
              ],
            },
            {
              name: 'Documentation',
              behaviours: [
                'Able to work on product decks and documents about new processes, cases for change, and other product related notes',
              ],
            },
          ],
        },
        {
          name: 'People Skills',
          skills: [
            {
              name: 'Self-development',
              behaviours: [
                'Able to implement feedback in a positive manner',
              ],
            },
            {
              name: 'Collaboration',
              behaviours: [
                'Able to collaborate well with other functional teams on all activities and projects',
                'Meet project goals to achieve defined outcomes and pass key checkpoints when working with any other team',
                'Good relationships with different functions',
              ],
            },
            {
              name: 'Leadership',
              behaviours: [
                'Takes initiatives inline with goals that are set',
                'Owns results and outcomes',
                'Able to manage work through influence',
                'Shares knowledge with team',
              ],
            },
            {
              name: 'Stakeholder Management',
              behaviours: [
                'Understands how other functions (marketing, sales, legal, success) operate and is able to work with them and their constraints',
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'PO2',
      rank: 2,
      ladder: 'individual-contributors',
      scope:
        'Ownership of key projects include data analysis, solutioning various problem areas related to day-to-day product and product adjacent activities. Drive multiple key projects in a year. Able to effectively own and drive activities related to key product tools',
      reporting: 'IC & Reporting to POL5 or above.',
      categories: [
        {
          name: 'Product Skills',
          skills: [
            {
              name: 'Tools & Initiatives',
              behaviours: [
                "Able to identify new functionality in various tools we use, keeps up to date on what's new in the industry when it comes to different tools",
                'Able to identify limitations and change existing processes to use the product in new and more effective',
              ],
            },
            {
              name: 'Business Support for Products',
              behaviours: [
                'Able to understand business outcomes for new product operations activity/project requests and carve out action plans',
                'Knows the go-to POCs from all teams and has a good relationship when needed on projects',
                'Takes up new product member onboarding & training on internal processes and tools',
                'OKR reporting ownership across products',
                'OKR alignment review after finalising each Quarter',
              ],
            },
            {
              name: 'Strategic Insights',
              behaviours: [
                'Able to report effective stories about insights from the data and derive actions',
                'Able to identify new analytics requirements and drive analytics thinking with the various PODs',
                'Ownership and Quarterly/Monthly analysis of Product Health Dashboard metrics',
              ],
            },
            {
              name: 'Managing Product Development Lifecycle and Release Management',
              behaviours: [
                'Owns the release process for every customer release including confirming quality of the release deck and communication',
                'Maintains the Product Roadmap - Quality, detailing and status of all the items in a planned Roadmap. Reports on the items which were not done and key metrics of completed items',
              ],
            },
          ],
        },
        {
          name: 'Process Skills',
          skills: [
            {
              name: 'Project Management',
              behaviours: [
                'Coordinate cross-functional teams, set timelines, track progress, and ensure that projects are delivered on time',
                'Help stakeholders complete their required deliverables through data, operations and effectively coordinating with other teams if needed',
              ],
            },
            {
              name: 'Change Management',
              behaviours: [
                'Able to gain buy-in from stakeholders, address concerns or resistance to change, able to influence stakeholders',
              ],
            },
            {
              name: 'Process Mapping and Optimization',
              behaviours: [
                'Able to construct and implement new processes and make improvements to existing ones',
                'Ensure all processes - existing and new - have achievable actionables from various functional teams',
              ],
            },
            {
              name: 'Documentation',
              behaviours: [
                'Able to understand requirement from external teams and further able to document key business or product processes and clearly call out requirements and responsibilities',
              ],
            },
          ],
        },
        {
          name: 'People Skills',
          skills: [
            {
              name: 'Self-development',
              behaviours: [
                'Able to provide feedback constructively towards team members and cross-team stakeholders',
              ],
            },
            {
              name: 'Collaboration',
              behaviours: [
                'Is able to work with on any new requests and processes like operational processes, interactions between teams or with customers, data requirements and others',
                'Knows the go-to POCs from all teams and has a good relationship when needed on projects',
              ],
            },
            {
              name: 'Leadership',
              behaviours: [
                'Able to contribute and define goals that are inline with product and company goals',
                'Establish themselves as Product/process/tool experts',
              ],
            },
            {
              name: 'Stakeholder Management',
              behaviours: [
                'Able to effectively work with and influence other functions (marketing, sales, legal, success) for projects and work which influences Product',
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'POL5',
      rank: 5,
      ladder: 'people-managers',
      scope:
        'Drives multiple key projects and brings them to conclusion. Drives changes to existing processes to enable scaling them to larger teams. Owns product tools, purchases and renewals. Owning cross functional projects, and collaborating with leadership of other functions',
      reporting: 'Manager & Reporting to POL6.',
      categories: [
        {
          name: 'Product Skills',
          skills: [
            {
              name: 'Tools & Initiatives',
              behaviours: [
                'Able to own specific tools completely including purchase and renewal discussions and requirements',
                'Owns the health and usage quality of tools and drives changes where needed across functions where applicable',
              ],
            },
            {
              name: 'Cross-Functional Collaboration',
              behaviours: [
                'Deep understanding of all functional teams and the relationship between projects',
                'Drives quality of work and successful implementation of all projects with any functional teams',
              ],
            },
            {
              name: 'Product Analytics',
              behaviours: [
                'Regular review and understanding of all product related data',
                'Knowledge and ability to drive new data analysis and improve insights and findings from available analytics',
              ],
            },
            {
              name: 'Knowledge of Product Development Lifecycle and Release Management',
              behaviours: [
                'Owns quality of release and and is responsible for timely announcements, changes and improvements in the release process',
                'Makes sure all functions have awareness and knowledge of new features and release items',
              ],
            },
          ],
        },
        {
          name: 'Process Skills',
          skills: [
            {
              name: 'Project Management',
              behaviours: [
                'Track projects, outcomes and work out how to improve the result of these projects',
                'Define the process to complete projects, requirements from multiple teams and their specific outcomes',
              ],
            },
            {
              name: 'Change Management',
              behaviours: [
                'Owner of multiple projects like operational processes, interactions between teams or with customers, data requirements and others',
                'Drives actionables from leadership of various teams',
                'Is the escalation point in case there are issues or blockers',
              ],
            },
            {
              name: 'Process Mapping and Optimization',
              behaviours: [
                'Owner of multiple projects',
                'Serves as the primary escalation point for addressing issues or blockers across multiple teams, driving actionable solutions from upper management',
              ],
            },
            {
              name: 'Documentation',
              behaviours: [
                'Reviews existing documentation, develops new process and FAQ documentations',
                'Ensure the changes in documentation are implemented by the team',
              ],
            },
          ],
        },
        {
          name: 'People Skills',
          skills: [
            {
              name: 'Stakeholder Management',
              behaviours: [
                'Is able to articulate and negotiate with external as well as internal stakeholders, especially senior mgmt and executives',
              ],
            },
            {
              name: 'Leadership',
              behaviours: [
                'The team looks up to him for solving hard problems requiring tough decisions under constraints',
                'Is able to manage and coach reports with the goal of helping them achieve business objectives',
                'Discuss, plan, and help the reportee achieve their career objectives',
              ],
            },
            {
              name: 'Evangelism',
              behaviours: [
                'Able to articulate and effectively share the product roadmap & vision with to team, customers, and other important stakeholders',
                'Instil and inspire motivation among his team members',
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'POL6',
      rank: 6,
      ladder: 'people-managers',
      scope:
        'Owns leadership reporting responsibilities - data and projects. Takes up projects from the highest level and converts them to functional activities for reporting managers and specialists',
      // The seed's POL6 row has an empty Typical Reporting cell; kept empty, nothing invented.
      reporting: '',
      categories: [
        {
          name: 'Product Skills',
          skills: [
            {
              name: 'Tools & Initiatives',
              behaviours: [
                'Reviews usage and makes improvements on all tools used by the Product team',
                'Drive tool adoption through proactive recommendations in product teams that increase efficiency in business processes and operations',
              ],
            },
            {
              name: 'Cross-Functional Collaboration',
              behaviours: [
                'Responsible for relationship and managing friction between teams',
                'New processes require large changes in behaviour. Responsible for getting buy-in from leadership of multiple teams wherever applicable and needed',
              ],
            },
            {
              name: 'Product Analytics',
              behaviours: [
                'Is able to actively monitor product health metrics and influence teams to address the concerns',
                'Understand how to look at data and how to develop new projects to find business insights',
                'Establish standards and metrics of leadership data insight dashboards',
              ],
            },
            {
              name: 'Knowledge of Product Development Lifecycle and Release Management',
              behaviours: [
                'Able to review existing release processes and product development processes and makes recommendations to improve. Improvements include better communication, clarity of content, and overall release awareness',
              ],
            },
          ],
        },
        {
          name: 'Process Skills',
          skills: [
            {
              name: 'Project Management',
              behaviours: [
                'Understand the desired outcomes from various teams and enable teams to complete required outcomes',
                'Set the standards and goals and unblock operations if needed',
              ],
            },
            {
              name: 'Change Management',
              behaviours: [
                'Drive stakeholder and leadership business alignment in new process/tools/data strategy introduction discussions if any blockers arises for the junior team members',
              ],
            },
            {
              name: 'Process Mapping and Optimization',
              behaviours: [
                'Reviews outcomes of existing processes and recommends changes and requirements from',
                'Bring continuous practices in process improvement and recommend proactive process improvement suggestions for different product teams',
                'Establish documentation of best practices, process feasibility & changes for leadership discussions and stakeholder alignment',
              ],
            },
            {
              name: 'Documentation',
              behaviours: [
                'Owns quality & accountable for documentation availability for all other teams who use it',
              ],
            },
          ],
        },
        {
          name: 'People Skills',
          skills: [
            {
              name: 'Stakeholder Management',
              behaviours: [
                'Is able to articulate and negotiate with senior mgmt and executives of both internal as well as external stakeholders',
              ],
            },
            {
              name: 'Leadership',
              behaviours: [
                'Is able to solve hard problems for the team requiring tough decisions under constraints',
                'Is able to manage and coach reportees with the goal of helping them achieve business objectives.',
                'Discuss, plan, and help the reportee achieve their career objectives',
              ],
            },
            {
              name: 'Evangelism',
              behaviours: [
                'Is able to share product vision with customer/prospect leadership and other important stakeholders like Analysts.',
                'Works with sales on strategic deals',
                'Works with CS/AM on strategic requirements for deals conversion',
              ],
            },
          ],
        },
      ],
    },
  ],
};
