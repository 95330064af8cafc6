import { mount } from '../../shared/mount';
import { CompetencyApp } from './app';
import '../../shared/competency/competency.css';

mount(<CompetencyApp />);
