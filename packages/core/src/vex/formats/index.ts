import { csafVexFormat } from './csaf-vex/index.js';
import { cyclonedxVexFormat } from './cyclonedx-vex/index.js';
import { openvexFormat } from './openvex/index.js';
import type { VexFormat } from './types.js';

/** Every VEX reader, one line each, alphabetical; detection is exclusive (the contract test checks). */
export const VEX_FORMATS: readonly VexFormat[] = [csafVexFormat, cyclonedxVexFormat, openvexFormat];
