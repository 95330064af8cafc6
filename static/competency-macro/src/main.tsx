import { mount } from '../../shared/mount';
import '../../competency/src/competency.css';
import { CompetencyMacro } from './macro';

mount(<CompetencyMacro />);
