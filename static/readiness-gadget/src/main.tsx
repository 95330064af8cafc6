import { mount } from '../../shared/mount';
import { ReadinessGadget } from './gadget';

mount(<ReadinessGadget />);
