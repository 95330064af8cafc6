import { mount } from '../../shared/mount';
import { ReadinessGadgetEdit } from './edit';

mount(<ReadinessGadgetEdit />);
