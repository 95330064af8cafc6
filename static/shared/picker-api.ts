/** Typed wrappers for the picker resolvers (people, projects, Confluence spaces). */
import { call } from './api';
import {
  PICKER_KEYS,
  type PeopleNames,
  type PeopleNamesPayload,
  type Person,
  type PickerSearchPayload,
  type ProjectSearchPayload,
  type ProjectSearchResult,
  type SpaceSearchResult,
} from '../../src/contract';

export const searchPeople = (p: PickerSearchPayload) => call<Person[]>(PICKER_KEYS.peopleSearch, p);
export const peopleNames = (p: PeopleNamesPayload) => call<PeopleNames>(PICKER_KEYS.peopleNames, p);
export const searchProjects = (p: ProjectSearchPayload) => call<ProjectSearchResult>(PICKER_KEYS.projectSearch, p);
export const searchSpaces = (p: PickerSearchPayload) => call<SpaceSearchResult>(PICKER_KEYS.spaceSearch, p);
