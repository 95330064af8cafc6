/**
 * The default framework's Individual Contributor (PO1, PO2) levels, word for word from the seed (see product-ops.ts and
 * README.md in this folder for the reading decisions). The fidelity test re-reads the seed.
 */
import type { Level } from '../domain/framework';

export const IC_LEVELS: Level[] = [
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
];
