// Generates a large, varied device model (deterministic: seeded) for benchmarks.
// Usage as a module: generateLargeModel({ components: 1000, flows: 3000 }) → authored model object.

export function generateLargeModel({
  components = 1000,
  flows = 3000,
  boundaries = 50,
  seed = 42,
} = {}) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const deploymentTypes = [
    'hospital-clinical-network',
    'patient-home',
    'on-body',
    'implanted',
    'patient-mobile-device',
    'cloud-manufacturer-tenant',
    'manufacturer-backend',
    'clinic',
  ];
  const deployments = deploymentTypes.map((type, i) => ({ id: `d${i}`, type }));
  const functions = Array.from({ length: 20 }, (_, i) => ({
    id: `fn${i}`,
    description: `Function ${i}`,
    severity: pick(['negligible', 'minor', 'serious', 'critical', 'catastrophic']),
    maxTolerableOutage: pick(['15m', '1h', '4h', '1d']),
  }));
  const kinds = [
    'device-firmware',
    'gateway',
    'mobile-app',
    'cloud-service',
    'web-portal',
    'home-monitor',
    'programmer',
    'ai-model',
    'update-server',
  ];
  const list = [];
  for (let i = 0; i < components; i++) {
    const type = i % 25 === 0 ? 'external-entity' : i % 16 === 0 ? 'data-store' : 'process';
    const kind =
      type === 'external-entity' ? 'person' : type === 'data-store' ? 'database' : pick(kinds);
    const c = {
      id: `c${i}`,
      name: `Component ${i}`,
      type,
      kind,
      deployment: pick(deployments).id,
      functions: random() < 0.3 ? [pick(functions).id] : [],
    };
    if (type === 'process') {
      c.interfaces = [
        { id: 'net', type: pick(['ble', 'wifi', 'ethernet', 'cellular']) },
        ...(random() < 0.2 ? [{ id: 'dbg', type: pick(['jtag', 'uart', 'swd']) }] : []),
      ];
      if (random() < 0.3)
        c.credentials = [
          {
            id: 'k',
            kind: pick(['password', 'symmetric-key', 'private-key']),
            hardcoded: random() < 0.3,
            sharedAcrossDevices: random() < 0.2,
            algorithm: pick(['rsa-2048', 'aes-128', 'ecdsa-p256']),
          },
        ];
      if (random() < 0.4)
        c.update = {
          mechanism: pick(['ota', 'app', 'service-tool']),
          authentication: pick(['signature', 'none', 'channel-only']),
          antiRollback: random() < 0.5,
        };
      if (random() < 0.5)
        c.logging = { security: random() < 0.5, export: pick(['none', 'siem', 'cloud']) };
      if (random() < 0.3)
        c.access = {
          roles: ['patient', 'clinician'],
          privilegedRoles: ['service'],
          mfa: random() < 0.5,
        };
      if (kind === 'ai-model')
        c.ai = { learning: pick(['locked', 'adaptive']), performanceMonitoring: random() < 0.5 };
    }
    if (i > 0 && random() < 0.1) c.parent = `c${Math.floor(random() * i)}`;
    if (c.parent !== undefined && list[Number(c.parent.slice(1))]?.parent !== undefined)
      delete c.parent; // keep nesting shallow
    list.push(c);
  }
  const flowList = [];
  for (let i = 0; i < flows; i++) {
    const source = `c${Math.floor(random() * components)}`;
    let target = `c${Math.floor(random() * components)}`;
    if (target === source) target = `c${(Number(source.slice(1)) + 1) % components}`;
    flowList.push({
      id: `f${i}`,
      name: `Flow ${i}`,
      source,
      target,
      protocol: pick(['ble', 'https', 'mqtt', 'hl7v2', 'proprietary', 'tls']),
      data: [
        pick([
          'phi',
          'telemetry',
          'therapy-command',
          'firmware',
          'configuration',
          'credentials',
          'alarm',
        ]),
      ],
      ...(random() < 0.5 ? { integrity: pick(['crc32', 'hmac-sha256', 'md5']) } : {}),
      ...(random() < 0.5 ? { encryption: pick(['aes-128-ccm', 'none', 'des']) } : {}),
      ...(random() < 0.5
        ? { authentication: pick(['none', 'password', 'certificate', 'pairing']) }
        : {}),
      ...(random() < 0.3 ? { antiReplay: pick(['none', 'nonce', 'counter']) } : {}),
    });
  }
  const topLevel = list.filter((c) => c.parent === undefined).map((c) => c.id);
  const perBoundary = Math.ceil(topLevel.length / boundaries);
  const trustBoundaries = Array.from({ length: boundaries }, (_, b) => ({
    id: `b${b}`,
    name: `Boundary ${b}`,
    ...(b % 5 !== 0 ? { parent: `b${b - (b % 5)}` } : {}),
    members: topLevel.slice(b * perBoundary, (b + 1) * perBoundary),
  })).filter((b) => b.members.length > 0);
  return {
    medrisk: 1,
    device: {
      name: 'Generated benchmark system',
      manufacturer: 'Bench',
      intendedUse: 'Benchmark',
      serviceLifeYears: 15,
      marketDate: '2027-01-01',
      fleetSize: 100000,
    },
    clinicalFunctions: functions,
    deployments,
    stakeholders: [{ id: 'maker', role: 'manufacturer' }],
    components: list,
    trustBoundaries,
    dataFlows: flowList,
    controls: [
      {
        id: 'C1',
        title: 'Signed updates',
        category: 'updatability-patchability',
        status: 'implemented',
        strength: 'strong',
        owner: 'maker',
        mitigates: ['unauthenticated-update-path@*'],
      },
    ],
  };
}
