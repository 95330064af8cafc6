import { mount } from '../../shared/mount';
import '../../competency/src/competency.css';
import { CompetencyMacroConfigView } from './config';

mount(<CompetencyMacroConfigView />);
