/**
 * What Shipshape reads of each Confluence v2 200 answer, one shape per endpoint, from
 * `confluence-v2-openapi.json` (schema names beside each). Required: what the client cannot do
 * without (`results` of a list, a page's `id`, `title`, `spaceId`, `status`; a space's `id`,
 * `key`, `name`); everything else read is type-checked when present. Extra fields are fine.
 */
import { arrayOf, nullable, num, object, optional, str, type Shape } from '../http/shape';
import type { RawMulti, RawPage, RawSpace } from './types';

const links = object({ webui: optional(str), base: optional(str), next: optional(str) });

/** `SpaceBulk`. */
const space: Shape<RawSpace> = object({
  id: str,
  key: str,
  name: str,
  homepageId: optional(nullable(str)),
  _links: optional(links),
});

/** `PageBulk` / `PageSingle`. */
const page: Shape<RawPage> = object({
  id: str,
  status: str,
  title: str,
  spaceId: str,
  parentId: optional(nullable(str)),
  version: optional(object({ number: num })),
  body: optional(object({ storage: optional(object({ value: optional(str) })) })),
  _links: optional(links),
});

/** `MultiEntityResult<Space>` (`GET /wiki/api/v2/spaces`). */
export const spaces: Shape<RawMulti<RawSpace>> = object({ results: arrayOf(space), _links: optional(links) });

/** `MultiEntityResult<Page>` (`GET /wiki/api/v2/pages`). */
export const pages: Shape<RawMulti<RawPage>> = object({ results: arrayOf(page), _links: optional(links) });

/** `PageSingle` (`GET`, `POST`, `PUT /wiki/api/v2/pages…`). */
export const singlePage: Shape<RawPage> = page;
