import { mount } from '../../shared/mount';
import '../../shared/competency/competency.css';
import { CompetencyMacro } from './macro';

mount(<CompetencyMacro />);
