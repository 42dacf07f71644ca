/*
 * Welcome 7.24 for the office (listed in config.js customScripts): Camunda's end-of-life
 * banner for administrators only, decided as in Cockpit (cockpit/scripts/office-access.js).
 */
import { watchAbilities } from '../../cockpit/scripts/office-access.js';

watchAbilities({ hideActions: false });

export default [];
