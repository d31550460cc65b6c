import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy, type Policy } from '../../lib/policy';
import { policyFromUser } from '../../lib/policy-export';
import { effectiveRegion, policyContacts } from '../../lib/policy-merge';

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
    };
    expect(parsePolicy(raw)).toMatchObject({
      status: 'valid',
      policy: { institutionName: 'The Ottawa Hospital' },
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
    ];
    for (const raw of bad) {
      const state = parsePolicy(raw);
      expect(state.status, JSON.stringify(raw)).toBe('invalid');
    }
    expect(parsePolicy({ defaultRegion: 'Atlantis' })).toMatchObject({
      problems: [expect.stringContaining('defaultRegion')],
    });
  });

  it('accepts the sample policy in docs/deploy.md', () => {
    const doc = readFileSync('docs/deploy.md', 'utf8');
    const sample = doc.match(/<!-- sample-policy -->\s*```json\n([\s\S]*?)```/)?.[1];
    expect(sample).toBeTruthy();
    expect(parsePolicy(JSON.parse(sample!))).toMatchObject({ status: 'valid' });
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
        { id: '1', name: 'Sam', isBuddy: true, phone: '613 555 0199' },
        { id: 'p', name: 'Institution line', isBuddy: false, phone: '613 555 0100', providedBy: 'TOH' },
      ],
      'CA-ON',
    );
    expect(exported.contacts?.map((c) => c.name)).toEqual(['Sam']);
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

  it('names every key the policy parser knows', () => {
    const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual([
      'contacts',
      'defaultRegion',
      'extraResources',
      'institutionName',
      'journalAllowed',
      'maxAutoLockMinutes',
      'regionLocked',
    ]);
  });
});
