import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy, PolicySchema, type Policy } from '../../../lib/settings/policy';
import { policyFromUser } from '../../../lib/settings/policy-export';
import { effectiveRegion, policyContacts, policyOf } from '../../../lib/settings/policy-merge';

describe('parsePolicy', () => {
  it('reads no policy as none', () => {
    expect(parsePolicy(undefined)).toEqual({ status: 'none' });
    expect(parsePolicy({})).toEqual({ status: 'none' });
  });

  it('accepts a full institution policy', () => {
    const raw = {
      institutionName: 'The Ottawa Hospital',
      contacts: [{ name: 'Peer support office', phone: '613 555 0100' }],
      defaultRegion: 'CA-ON',
      regionLocked: true,
      journalAllowed: false,
      maxAutoLockMinutes: 15,
      extraResources: [{ name: 'Staff wellness', url: 'https://example.org/wellness', kind: 'counselling' }],
      language: 'fr',
    };
    expect(parsePolicy(raw)).toMatchObject({
      status: 'valid',
      policy: { institutionName: 'The Ottawa Hospital', language: 'fr' },
    });
  });

  it('ignores a corrupt or hostile policy as a whole, and says where it is wrong', () => {
    const bad = [
      'junk',
      [],
      { defaultRegion: 'Atlantis' },
      { contacts: [{ name: '', phone: 'x' }] },
      { maxAutoLockMinutes: 0 },
      { extraResources: [{ name: 'x', url: 'javascript:alert(1)' }] },
      { unknownKey: true },
      { language: 'de' },
      { language: 'fr-CA' },
    ];
    for (const raw of bad) {
      const state = parsePolicy(raw);
      expect(state.status, JSON.stringify(raw)).toBe('invalid');
    }
    expect(parsePolicy({ defaultRegion: 'Atlantis' })).toMatchObject({
      problems: [expect.stringContaining('defaultRegion')],
    });
  });

  it('keeps the limits on private data of a policy ignored for another error: they fail closed', () => {
    const broken = {
      journalAllowed: false,
      maxAutoLockMinutes: 5,
      contacts: [{ name: 'Wellness office', phone: 'call the switchboard' }],
    };
    expect(parsePolicy(broken)).toMatchObject({
      status: 'invalid',
      problems: expect.arrayContaining([expect.stringContaining('contacts.0.phone')]),
      restrictions: { journalAllowed: false, maxAutoLockMinutes: 5 },
    });
    expect(policyOf(parsePolicy(broken))).toEqual({ journalAllowed: false, maxAutoLockMinutes: 5 });
    // Read as strictly as they can be: anything but true turns the journal off; a cap that is
    // not a choice is rounded down to one, and one that is no number is the shortest. An allowed
    // journal and no cap lift nothing.
    expect(policyOf(parsePolicy({ journalAllowed: 'false', maxAutoLockMinutes: 10 }))).toEqual({
      journalAllowed: false,
      maxAutoLockMinutes: 5,
    });
    expect(policyOf(parsePolicy({ maxAutoLockMinutes: '0', language: 'de' }))).toEqual({
      maxAutoLockMinutes: 1,
    });
    expect(policyOf(parsePolicy({ maxAutoLockMinutes: Infinity, language: 'de' }))).toEqual({
      maxAutoLockMinutes: 240,
    });
    for (const cap of ['soon', '-Infinity', -Infinity, null, ''])
      expect(policyOf(parsePolicy({ maxAutoLockMinutes: cap, language: 'de' }))).toEqual({
        maxAutoLockMinutes: 1,
      });
    expect(policyOf(parsePolicy({ journalAllowed: true, language: 'de' }))).toBe(undefined);
  });

  it('accepts the sample policy in docs/deploy.md', () => {
    const doc = readFileSync('docs/deploy.md', 'utf8');
    const sample = doc.match(/<!-- sample-policy -->\s*```json\n([\s\S]*?)```/)?.[1];
    expect(sample).toBeTruthy();
    expect(parsePolicy(JSON.parse(sample!))).toMatchObject({ status: 'valid' });
  });
});

describe('an institution’s own program terms (beforeYouCall)', () => {
  const terms = {
    runBy: 'employer',
    confidentiality: 'We tell no one you called.',
    limits: 'We act if someone is in immediate danger.',
    records: 'Notes kept 7 years, apart from your employee file.',
    tellsRegulator: 'Never without your written consent.',
    sourceUrl: 'https://example.org/eap/privacy',
    reviewed: '2026-12-01',
  };
  const eap = { name: 'Employee assistance program', phone: '613 555 0100', kind: 'counselling' };

  it('accepts them on an extra resource, with no warning', () => {
    const state = parsePolicy({ institutionName: 'TOH', extraResources: [{ ...eap, beforeYouCall: terms }] });
    expect(state).toEqual({
      status: 'valid',
      policy: { institutionName: 'TOH', extraResources: [{ ...eap, beforeYouCall: terms }] },
    });
  });

  it('accepts any subset: every field is optional', () => {
    const state = parsePolicy({ extraResources: [{ ...eap, beforeYouCall: { records: 'None kept.' } }] });
    expect(state).toMatchObject({
      status: 'valid',
      policy: { extraResources: [{ beforeYouCall: { records: 'None kept.' } }] },
    });
    expect(state).not.toHaveProperty('warnings');
  });

  it('ignores bad terms with a clear message, and loses nothing else', () => {
    const bad = [
      { ...terms, runBy: 'government' },
      { ...terms, sourceUrl: 'http://example.org/eap' },
      { ...terms, reviewed: 'last week' },
      { ...terms, confidentiality: 'x'.repeat(301) },
      { ...terms, anonymous: true },
      'confidential',
    ];
    for (const beforeYouCall of bad) {
      const raw = {
        institutionName: 'TOH',
        contacts: [{ name: 'Peer line', phone: '613 555 0101' }],
        extraResources: [
          { name: 'Wellness office', url: 'https://example.org/w' },
          { ...eap, beforeYouCall },
        ],
      };
      const state = parsePolicy(raw);
      expect(state.status, JSON.stringify(beforeYouCall)).toBe('valid');
      if (state.status !== 'valid') continue;
      // The resource stays, whole but for its terms; the rest of the policy is in force.
      expect(state.policy.extraResources).toEqual([
        { name: 'Wellness office', url: 'https://example.org/w' },
        eap,
      ]);
      expect(state.policy.institutionName).toBe('TOH');
      expect(state.policy.contacts?.[0]?.name).toBe('Peer line');
      expect(state.warnings?.length, JSON.stringify(beforeYouCall)).toBeGreaterThan(0);
      expect(state.warnings!.every((w) => w.startsWith('extraResources.1.beforeYouCall'))).toBe(true);
    }
    const state = parsePolicy({
      extraResources: [{ ...eap, beforeYouCall: { ...terms, runBy: 'government' } }],
    });
    expect(state).toMatchObject({
      warnings: [expect.stringMatching(/^extraResources\.0\.beforeYouCall\.runBy: /)],
    });
  });

  it('still ignores the whole policy when something else is wrong', () => {
    expect(
      parsePolicy({ defaultRegion: 'Atlantis', extraResources: [{ ...eap, beforeYouCall: terms }] }).status,
    ).toBe('invalid');
  });
});

describe('policy merge', () => {
  const policy: Policy = { institutionName: 'TOH', defaultRegion: 'CA-ON' };

  it('lets a locked policy region win over the user', () => {
    expect(effectiveRegion({ ...policy, regionLocked: true }, 'CA-BC', 'CA-QC')).toBe('CA-ON');
  });

  it('lets the user choose over an unlocked policy default, and the default over a guess', () => {
    expect(effectiveRegion(policy, 'CA-BC', 'CA-QC')).toBe('CA-BC');
    expect(effectiveRegion(policy, null, 'CA-QC')).toBe('CA-ON');
    expect(effectiveRegion(undefined, null, 'CA-QC')).toBe('CA-QC');
  });

  it('marks institution contacts with the institution', () => {
    const contacts = policyContacts(
      {
        ...policy,
        contacts: [
          {
            name: 'Peer line',
            isBuddy: false,
            phone: '613 555 0100',
            text: undefined,
            email: undefined,
            note: undefined,
          },
        ],
      },
      'fallback',
    );
    expect(contacts).toEqual([
      { name: 'Peer line', isBuddy: false, phone: '613 555 0100', id: 'policy-0', providedBy: 'TOH' },
    ]);
  });

  it('exports the user’s own contacts and region as a valid policy', () => {
    const exported = policyFromUser(
      [
        { id: '1', name: 'Sam', isBuddy: true, phone: '613 555 0199', note: 'Going through a divorce' },
        { id: 'p', name: 'Institution line', isBuddy: false, phone: '613 555 0100', providedBy: 'TOH' },
      ],
      'CA-ON',
    );
    expect(exported.contacts?.map((c) => c.name)).toEqual(['Sam']);
    // Deployed to every workstation: nothing personal goes with it.
    expect(JSON.stringify(exported)).not.toContain('divorce');
    expect(exported.contacts?.[0]?.isBuddy).toBe(false);
    expect(parsePolicy(JSON.parse(JSON.stringify(exported)))).toMatchObject({ status: 'valid' });
  });
});

describe('managed_schema.json', () => {
  it('is a schema Chrome accepts, and the sample policy matches it', async () => {
    const { default: Ajv } = await import('ajv');
    const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));
    // Chrome requires a top-level object whose every sub-schema names one type.
    expect(schema.type).toBe('object');
    const typed = (node: Record<string, unknown>): boolean =>
      typeof node.type === 'string' &&
      Object.values((node.properties as Record<string, Record<string, unknown>>) ?? {}).every(typed) &&
      (node.items === undefined || typed(node.items as Record<string, unknown>));
    expect(typed(schema)).toBe(true);
    const sample = readFileSync('docs/deploy.md', 'utf8').match(
      /<!-- sample-policy -->\s*```json\n([\s\S]*?)```/,
    )![1]!;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(JSON.parse(sample)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('describes exactly the valibot schema: every key, with its type, at every depth', () => {
    const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as ManagedSchema;
    expect(shapeOfManaged(schema)).toEqual(shapeOfValibot(PolicySchema));
  });

  it('lists every allowed value of a choice in its description', () => {
    const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as ManagedSchema;
    for (const [key, entry] of Object.entries(PolicySchema.entries)) {
      const base = unwrap(entry as AnySchema);
      if (base.type !== 'picklist') continue;
      const description = schema.properties![key]!.description ?? '';
      for (const option of base.options!) expect(description, key).toMatch(new RegExp(`\\b${option}\\b`));
    }
  });
});

// The types Chrome's managed-storage schema knows, read from a valibot schema or from the JSON file.
type Shape = string | { type: 'array'; items: Shape } | { type: 'object'; properties: Record<string, Shape> };
interface AnySchema {
  type: string;
  wrapped?: AnySchema;
  item?: AnySchema;
  entries?: Record<string, AnySchema>;
  options?: readonly (string | number)[];
}
interface ManagedSchema {
  type: string;
  description?: string;
  items?: ManagedSchema;
  properties?: Record<string, ManagedSchema>;
}

const unwrap = (schema: AnySchema): AnySchema =>
  schema.type === 'optional' || schema.type === 'nullable' ? unwrap(schema.wrapped!) : schema;

function shapeOfValibot(schema: AnySchema): Shape {
  const base = unwrap(schema);
  if (base.type === 'array') return { type: 'array', items: shapeOfValibot(base.item!) };
  if (base.entries)
    return {
      type: 'object',
      properties: Object.fromEntries(Object.entries(base.entries).map(([k, s]) => [k, shapeOfValibot(s)])),
    };
  if (base.type === 'picklist') return base.options!.every((o) => Number.isInteger(o)) ? 'integer' : 'string';
  return base.type;
}

function shapeOfManaged(schema: ManagedSchema): Shape {
  if (schema.type === 'array') return { type: 'array', items: shapeOfManaged(schema.items!) };
  if (schema.type === 'object')
    return {
      type: 'object',
      properties: Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, s]) => [k, shapeOfManaged(s)]),
      ),
    };
  return schema.type;
}
