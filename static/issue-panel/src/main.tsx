import { mount } from '../../shared/mount';
import { IssuePanel } from './issue-panel';

mount(<IssuePanel />);
