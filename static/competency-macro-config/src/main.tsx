import { mount } from '../../shared/mount';
import '../../shared/competency/competency.css';
import { CompetencyMacroConfigView } from './config';

mount(<CompetencyMacroConfigView />);
