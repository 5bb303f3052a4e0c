import type { RubricChain, RubricQuestion } from './types.js';

/*
 * Exploitability questions. Ids: the Deep Armor rubric calculator and osamusic/med-cvss agree.
 * Branching and mapping: osamusic/med-cvss (as summarized in REQUIREMENTS.md C5) only. Wording:
 * ours. Unknown answers: C5 gives "unknown → N" for the attack vector; every other unknown rule is
 * ours and takes the worst case for the patient (FDA postmarket guidance: a reasonable worst case
 * where probability is not known). None of it is verified against the MITRE PDF (README.md).
 */

const WORST = 'worst case; our rule';

export const ATTACK_QUESTIONS: readonly RubricQuestion[] = [
  {
    id: 'XAVN',
    metric: 'AV',
    text: 'Can the vulnerability be exploited over a network or another communication link (wired or wireless)?',
    help: 'Answer no if the attacker needs a local interface or must touch the device.',
    next: { yes: { ask: 'XAVT' }, no: { ask: 'XAVP' }, unknown: { value: 'N' } },
    unknownRule: 'sources: unknown attack vector → Network',
  },
  {
    id: 'XAVT',
    metric: 'AV',
    text: 'Does the exploit travel over a routable protocol at OSI layer 3 or 4 (IP, TCP, UDP)?',
    help: 'Routable traffic can come from beyond the local link, e.g. from the internet or another subnet.',
    next: { yes: { value: 'N' }, no: { ask: 'XAVW' }, unknown: { value: 'N' } },
    unknownRule: 'sources: unknown attack vector → Network',
  },
  {
    id: 'XAVW',
    metric: 'AV',
    text: 'Is the link wireless (Bluetooth, Wi-Fi, Zigbee, NFC, inductive or proprietary RF)?',
    help: 'No means a wired, non-routable link such as a serial bus or fieldbus.',
    next: { yes: { ask: 'XAVR' }, no: { value: 'A' }, unknown: { value: 'A' } },
    unknownRule: 'worst case: Adjacent rather than Local; our rule',
  },
  {
    id: 'XAVR',
    metric: 'AV',
    text: 'Is the wireless range about 10 feet (3 m) or less?',
    help: 'E.g. NFC or inductive telemetry wands; Bluetooth and Wi-Fi usually reach further.',
    next: { yes: { value: 'L' }, no: { value: 'A' }, unknown: { value: 'A' } },
    unknownRule: 'sources: no or unknown range → Adjacent',
  },
  {
    id: 'XAVP',
    metric: 'AV',
    text: 'Does exploitation require physical contact with the device?',
    help: 'No means local access without touching it, e.g. a logged-in user or a local program.',
    next: { yes: { ask: 'XAVPA' }, no: { value: 'L' }, unknown: { value: 'L' } },
    unknownRule: 'worst case: Local rather than Physical; our rule',
  },
  {
    id: 'XAVPA',
    metric: 'AV',
    text: 'Is that contact through the device’s own user interface (buttons, touchscreen, keypad)?',
    help: 'Kept for audit: in the sources both answers give Physical.',
    next: { yes: { value: 'P' }, no: { value: 'P' }, unknown: { value: 'P' } },
    unknownRule: 'sources: every answer → Physical',
  },
  {
    id: 'XACL',
    metric: 'AC',
    text: 'Can the attacker attempt the exploit at will, without special circumstances, configurations or other vulnerabilities?',
    next: { yes: { value: 'L' }, no: { value: 'H' }, unknown: { value: 'L' } },
    unknownRule: WORST,
  },
  {
    id: 'XPRL',
    metric: 'PR',
    text: 'Does the component have a multi-user or role-based authorization model?',
    next: { yes: { ask: 'XPRZ' }, no: { value: 'N' }, unknown: { value: 'N' } },
    unknownRule: WORST,
  },
  {
    id: 'XPRZ',
    metric: 'PR',
    text: 'Must the attacker be authorized on the component before exploiting it?',
    next: { yes: { ask: 'XPRS' }, no: { value: 'N' }, unknown: { value: 'N' } },
    unknownRule: WORST,
  },
  {
    id: 'XPRS',
    metric: 'PR',
    text: 'Does the exploit need administrator, maintainer or system privileges?',
    next: { yes: { value: 'H' }, no: { value: 'L' }, unknown: { value: 'L' } },
    unknownRule: WORST,
  },
  {
    id: 'XUI',
    metric: 'UI',
    text: 'Does exploitation depend on someone other than the attacker (a user, patient or clinician) taking an action?',
    next: { yes: { value: 'R' }, no: { value: 'N' }, unknown: { value: 'N' } },
    unknownRule: WORST,
  },
  {
    id: 'XS',
    metric: 'S',
    text: 'Can the exploit affect a component under a different authority than the vulnerable one (another authorization scope)?',
    help: 'E.g. a flaw in a gateway that lets the attacker command the pump behind it.',
    next: { yes: { value: 'C' }, no: { value: 'U' }, unknown: { value: 'C' } },
    unknownRule: WORST,
  },
];

export const ATTACK_CHAINS: readonly RubricChain[] = [
  { metric: 'AV', start: 'XAVN', label: 'attack vector' },
  { metric: 'AC', start: 'XACL', label: 'attack complexity' },
  { metric: 'PR', start: 'XPRL', label: 'privileges required' },
  { metric: 'UI', start: 'XUI', label: 'user interaction' },
  { metric: 'S', start: 'XS', label: 'scope' },
];
