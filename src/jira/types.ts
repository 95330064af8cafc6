/**
 * Jira Cloud REST v3 JSON as we receive it (checked against jira-platform-openapi.json), reduced
 * to the fields Shipshape reads. Everything is optional or nullable: Jira leaves out what the
 * caller may not see or did not ask for, and the mappers turn absence into null.
 */

/** StatusCategory.key: `new`, `indeterminate`, `done`, or `undefined` (Jira's "No Category"). */
export interface RawStatusCategory {
  id?: number;
  key?: string;
  name?: string;
}

export interface RawStatus {
  id?: string;
  name?: string;
  statusCategory?: RawStatusCategory | null;
}

/** IssueTypeDetails. `hierarchyLevel` is Cloud only (−1 sub-task, 0 standard, 1 epic, 2+ above). */
export interface RawIssueType {
  id?: string;
  name?: string;
  subtask?: boolean;
  hierarchyLevel?: number;
}

export interface RawUser {
  accountId?: string;
  displayName?: string;
  emailAddress?: string;
  active?: boolean;
  timeZone?: string;
}

export interface RawPriority {
  id?: string;
  name?: string;
}

/** Version. `releaseDate` is `YYYY-MM-DD` (the deprecated `/versions` example shows epoch ms). */
export interface RawVersion {
  id: string;
  name?: string;
  description?: string;
  archived?: boolean;
  released?: boolean;
  releaseDate?: string | number | null;
  startDate?: string | null;
  overdue?: boolean;
  projectId?: number;
  issuesStatusForFixVersion?: {
    done?: number;
    inProgress?: number;
    toDo?: number;
    unmapped?: number;
  };
}

/** The unified `parent` field: key and a few fields of the parent. */
export interface RawParent {
  id?: string;
  key?: string;
}

/** IssueBean.fields: the system fields we read, plus any custom field by id. */
export interface RawIssueFields {
  summary?: string | null;
  status?: RawStatus | null;
  issuetype?: RawIssueType | null;
  parent?: RawParent | null;
  priority?: RawPriority | null;
  assignee?: RawUser | null;
  duedate?: string | null;
  created?: string | null;
  resolutiondate?: string | null;
  fixVersions?: RawVersion[] | null;
  timeoriginalestimate?: number | null;
  timetracking?: { originalEstimateSeconds?: number | null } | null;
  [fieldId: string]: unknown;
}

export interface RawIssue {
  id: string;
  key: string;
  fields?: RawIssueFields;
}

/** SearchAndReconcileResults (`/rest/api/3/search/jql`): token paging. */
export interface RawSearchPage {
  issues?: RawIssue[];
  /** Absent on the last page. */
  nextPageToken?: string | null;
  isLast?: boolean;
}

/** PageBean<T>: startAt paging. */
export interface RawPageBean<T> {
  values?: T[];
  isLast?: boolean;
  startAt?: number;
  maxResults?: number;
  total?: number;
}

/** FieldDetails (`/rest/api/3/field`). */
export interface RawField {
  id: string;
  key?: string;
  name?: string;
  custom?: boolean;
  schema?: {
    type?: string;
    custom?: string;
    customId?: number;
    system?: string;
    items?: string;
  } | null;
}

export interface RawProject {
  id: string;
  key: string;
  name?: string;
  projectTypeKey?: string;
  simplified?: boolean;
  style?: string;
  issueTypes?: RawIssueType[];
  versions?: RawVersion[];
}

/** VersionIssueCounts (`/rest/api/3/version/{id}/relatedIssueCounts`). */
export interface RawVersionIssueCounts {
  issuesFixedCount?: number;
  issuesAffectedCount?: number;
  issueCountWithCustomFieldsShowingVersion?: number;
}

/** Avatar URLs by size (`48x48`, `24x24`, `16x16`, `32x32`). */
export type RawAvatarUrls = Partial<Record<'16x16' | '24x24' | '32x32' | '48x48', string>>;

/** User (`/rest/api/3/user/bulk` values): what a picker shows of a person. */
export interface RawUserDetails extends RawUser {
  accountType?: string;
  avatarUrls?: RawAvatarUrls;
}

/** UserPickerUser (`/rest/api/3/user/picker`). */
export interface RawUserPickerUser {
  accountId?: string;
  accountType?: string;
  avatarUrl?: string;
  displayName?: string;
  html?: string;
}

/** FoundUsers (`/rest/api/3/user/picker`). */
export interface RawFoundUsers {
  users?: RawUserPickerUser[];
  total?: number;
  header?: string;
}

/** Project as `/rest/api/3/project/search` lists it. */
export interface RawProjectSummary {
  id: string;
  key: string;
  name?: string;
  avatarUrls?: RawAvatarUrls;
  archived?: boolean;
}

/** `Permissions` (`GET /mypermissions`): each asked-for key with whether the caller holds it. */
export interface RawPermissions {
  permissions?: Record<string, { key?: string; havePermission?: boolean } | undefined>;
}

/** `AutoCompleteSuggestions` (`GET /jql/autocompletedata/suggestions`). */
export interface RawAutocompleteSuggestions {
  results?: Array<{ value?: string; displayName?: string }>;
}
