// Renders the field reference of docs/model-format.md from the model's JSON Schema (itself generated
// from the zod schema the loader validates with), plus the deployment defaults and the risk matrix.

export function renderModelReference(core) {
  const schema = core.modelJsonSchema();
  const out = [
    '## Field reference',
    '',
    'Generated from the schema the loader validates with. `*` marks required fields.',
    '',
  ];
  for (const [name, prop] of Object.entries(schema.properties)) {
    section(out, name, prop, (schema.required ?? []).includes(name), 3);
  }
  out.push(
    '## Deployment types and their default assumptions',
    '',
    'Each deployment gets these unless `replaceDefaultAssumptions: true`; an assumption with the same `id` replaces the default. Every report prints them.',
    '',
  );
  out.push('| Type | Exposure | Multiplicity | Default assumptions |', '| --- | --- | --- | --- |');
  for (const [type, p] of Object.entries(core.DEPLOYMENT_PROFILES)) {
    const e = p.exposure;
    const exposure = [
      e.hostileNetwork ? 'hostile network' : 'no network',
      e.unmanaged ? 'unmanaged' : 'managed',
      e.internetFacing ? 'internet-facing' : null,
      `physical access: ${e.physicalAccess}`,
      e.monitored ? 'monitored' : 'unmonitored',
      e.offsite ? 'off-site' : 'on-site',
    ]
      .filter(Boolean)
      .join(', ');
    out.push(
      `| \`${type}\` (${p.label}) | ${exposure} | ${p.multiplicity} | ${p.assumptions.map((a) => `**${a.id}**: ${a.text}`).join('<br>')} |`,
    );
  }
  const policy = core.DEFAULT_RISK_POLICY;
  out.push(
    '',
    '## Default risk matrix',
    '',
    `Rows: residual exploitability; columns: ISO 14971 severity of harm. Acceptable (controlled) levels: ${policy.acceptable.join(', ')}. Replace under \`risk:\`.`,
    '',
  );
  out.push(
    `| Exploitability \\ Severity | ${core.HARM_SEVERITIES.join(' | ')} |`,
    `| --- | ${core.HARM_SEVERITIES.map(() => '---').join(' | ')} |`,
  );
  [...core.EXPLOITABILITY].reverse().forEach((e) => {
    out.push(`| ${e} | ${policy.matrix[core.EXPLOITABILITY.indexOf(e)].join(' | ')} |`);
  });
  return `${out.join('\n')}\n`;
}

function section(out, name, prop, required, depth) {
  const { node, list } = unwrap(prop);
  out.push(`${'#'.repeat(depth)} \`${name}\`${required ? ' *' : ''}`, '');
  if (prop.description ?? node.description) out.push(prop.description ?? node.description, '');
  if (node.type === 'object' && node.properties) {
    if (list) out.push('A list of entries with these fields:', '');
    table(out, node);
    for (const [child, childProp] of Object.entries(node.properties)) {
      const inner = unwrap(childProp).node;
      if (inner.type === 'object' && inner.properties && depth < 5)
        section(
          out,
          `${name}${list ? '[]' : ''}.${child}`,
          childProp,
          (node.required ?? []).includes(child),
          depth + 1,
        );
    }
  } else if (node.type === 'object' && node.additionalProperties) {
    out.push('A mapping from finding id (or pattern) to an entry with these fields:', '');
    table(out, node.additionalProperties);
  } else {
    out.push(`Type: ${describe(prop)}`, '');
  }
}

function table(out, node) {
  out.push('| Field | Type | Description |', '| --- | --- | --- |');
  for (const [field, p] of Object.entries(node.properties ?? {})) {
    const req = (node.required ?? []).includes(field) ? ' *' : '';
    out.push(
      `| \`${field}\`${req} | ${describe(p)} | ${(p.description ?? unwrap(p).node.description ?? '').replace(/\|/g, '\\|')} |`,
    );
  }
  out.push('');
}

function unwrap(prop) {
  if (prop.type === 'array' && prop.items) return { node: prop.items, list: true };
  if (prop.anyOf) {
    const object = prop.anyOf.find((x) => x.type === 'object');
    if (object) return { node: object, list: false };
  }
  return { node: prop, list: false };
}

function describe(p) {
  if (p.anyOf) return p.anyOf.map(describe).join(' or ');
  if (p.const !== undefined) return `\`${JSON.stringify(p.const)}\``;
  if (p.enum) return p.enum.map((v) => `\`${v}\``).join(', ');
  if (p.type === 'array') return `list of ${describe(p.items ?? {})}`;
  if (p.type === 'object') return p.properties ? 'object (see below)' : 'mapping';
  if (p.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'date YYYY-MM-DD';
  if (p.type === 'string' && p.pattern && p.maxLength === 128) return 'id';
  const bounds = [
    p.minimum !== undefined ? `≥ ${p.minimum}` : null,
    p.exclusiveMinimum !== undefined ? `> ${p.exclusiveMinimum}` : null,
    p.maximum !== undefined ? `≤ ${p.maximum}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${p.type ?? 'any'}${bounds ? ` (${bounds})` : ''}`;
}
