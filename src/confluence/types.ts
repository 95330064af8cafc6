/** Confluence v2 wire shapes (the subset we read), named as in the OpenAPI document. */


export interface RawLinks {
  webui?: string;
  editui?: string;
  tinyui?: string;
  base?: string;
  next?: string;
}

/** `SpaceBulk`. */
export interface RawSpace {
  id: string;
  key: string;
  name: string;
  type?: string;
  status?: string;
  homepageId?: string | null;
  _links?: RawLinks;
}

/** `PageBulk` / `PageSingle`. */
export interface RawPage {
  id: string;
  status: string;
  title: string;
  spaceId: string;
  parentId?: string | null;
  parentType?: string | null;
  authorId?: string;
  createdAt?: string;
  version?: { number: number; message?: string; createdAt?: string; minorEdit?: boolean; authorId?: string };
  body?: { storage?: { representation?: string; value?: string } };
  _links?: RawLinks;
}

/** `MultiEntityResult<T>`. */
export interface RawMulti<T> {
  results: T[];
  _links?: RawLinks;
}
