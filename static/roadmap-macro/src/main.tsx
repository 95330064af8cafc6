import { mount } from '../../shared/mount';
import { RoadmapMacro } from './roadmap-macro';

mount(<RoadmapMacro />);
