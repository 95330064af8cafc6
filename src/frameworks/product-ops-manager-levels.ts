/**
 * The default framework's People Manager (POL5, POL6) levels, word for word from the seed (see product-ops.ts and
 * README.md in this folder for the reading decisions). The fidelity test re-reads the seed.
 */
import type { Level } from '../domain/framework';

export const MANAGER_LEVELS: Level[] = [
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
];
