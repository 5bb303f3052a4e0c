import { decisionPoint } from '../define.js';

/*
 * Decision points of the coordinator triage and publish tables (CERTCC/SSVC e3b00a2,
 * data/json/decision_points/ssvc). Value order is the standard's (Report Public lists Yes first).
 */

export const REPORT_PUBLIC = decisionPoint({
  id: 'reportPublic',
  namespace: 'ssvc',
  key: 'RP',
  version: '1.0.0',
  name: 'Report Public',
  description: 'Are usable details of the vulnerability already public?',
  values: [
    ['Y', 'yes', 'Yes', 'A public report exists.'],
    ['N', 'no', 'No', 'No public report exists.'],
  ],
});

export const SUPPLIER_CONTACTED = decisionPoint({
  id: 'supplierContacted',
  namespace: 'ssvc',
  key: 'SCON',
  version: '1.0.0',
  name: 'Supplier Contacted',
  description: 'Did the reporter make a good-faith attempt to reach the supplier properly?',
  values: [
    ['N', 'no', 'No', 'The supplier has not been contacted.'],
    ['Y', 'yes', 'Yes', 'The supplier has been contacted.'],
  ],
});

export const REPORT_CREDIBILITY = decisionPoint({
  id: 'reportCredibility',
  namespace: 'ssvc',
  key: 'RC',
  version: '1.0.0',
  name: 'Report Credibility',
  description: 'Is the report believable?',
  values: [
    ['NC', 'not-credible', 'Not Credible', 'The report is not credible.'],
    ['C', 'credible', 'Credible', 'The report is credible.'],
  ],
});

export const SUPPLIER_CARDINALITY = decisionPoint({
  id: 'supplierCardinality',
  namespace: 'ssvc',
  key: 'SC',
  version: '1.0.0',
  name: 'Supplier Cardinality',
  description: 'How many suppliers must fix or mitigate the vulnerable component?',
  values: [
    ['O', 'one', 'One', 'A single supplier.'],
    ['M', 'multiple', 'Multiple', 'Several suppliers.'],
  ],
});

export const SUPPLIER_ENGAGEMENT = decisionPoint({
  id: 'supplierEngagement',
  namespace: 'ssvc',
  key: 'SE',
  version: '1.0.0',
  name: 'Supplier Engagement',
  description: 'Is the supplier answering and taking part in the coordination?',
  values: [
    ['A', 'active', 'Active', 'The supplier answers and takes part.'],
    ['U', 'unresponsive', 'Unresponsive', 'The supplier neither answers nor takes part.'],
  ],
});

export const SUPPLIER_INVOLVEMENT = decisionPoint({
  id: 'supplierInvolvement',
  namespace: 'ssvc',
  key: 'SINV',
  version: '1.0.0',
  name: 'Supplier Involvement',
  description: 'Where the supplier stands on fixing the vulnerability.',
  values: [
    ['FR', 'fix-ready', 'Fix Ready', 'A patch or fix is available from the supplier.'],
    [
      'C',
      'cooperative',
      'Cooperative',
      'The supplier is working on a fix (maybe with a workaround meanwhile).',
    ],
    [
      'UU',
      'uncooperative-unresponsive',
      'Uncooperative/Unresponsive',
      'No answer, a refusal to fix, or the supplier no longer exists.',
    ],
  ],
});

export const PUBLIC_VALUE_ADDED = decisionPoint({
  id: 'publicValueAdded',
  namespace: 'ssvc',
  key: 'PVA',
  version: '1.0.0',
  name: 'Public Value Added',
  description: 'How much a publication by the coordinator would add for the community.',
  values: [
    ['L', 'limited', 'Limited', 'Good public information already exists in several places.'],
    [
      'A',
      'ampliative',
      'Ampliative',
      'Adds detail, corrects errors or draws attention to existing information.',
    ],
    ['P', 'precedence', 'Precedence', 'It would be the first public information, or come with it.'],
  ],
});
