import { mount } from '../../shared/mount';
import { RoadmapMacroConfigView } from './config';

mount(<RoadmapMacroConfigView />);
