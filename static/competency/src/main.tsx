import { mount } from '../../shared/mount';
import { CompetencyApp } from './app';
import './competency.css';

mount(<CompetencyApp />);
