import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { PINNED_CHROME_ID as APP_CHROME_ID } from '../../lib/app/extension-ids';
import { FRENCH, PINNED_CHROME_ID, readSchema, templates } from '../../scripts/policy-templates.mjs';

// The Group Policy templates in deploy/windows/ are generated from public/managed_schema.json by
// scripts/policy-templates.mjs. After a schema change, run `node scripts/policy-templates.mjs`.
const schema = readSchema();
const keys = Object.keys(schema);
const files = templates();
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: () => false });
type Node = Record<string, unknown>;
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe('Group Policy templates (ADMX, ADML)', () => {
  it.each(Object.keys(files))('%s is well-formed XML and what deploy/windows/ holds', (path) => {
    const content = files[path as keyof typeof files];
    expect(XMLValidator.validate(content)).toBe(true);
    expect(readFileSync(`deploy/windows/${path}`, 'utf8'), `deploy/windows/${path} is stale`).toBe(content);
  });

  it('has a policy for every schema key, for Chrome and for Edge, with the type its registry value needs', () => {
    const admx = parser.parse(files['BeenThere.admx']) as Node;
    const policies = list(((admx.policyDefinitions as Node).policies as Node).policy as Node[]);
    for (const browser of ['Chrome', 'Edge']) {
      for (const key of keys) {
        const policy = policies.find((p) => p.name === `${browser}_${key}`);
        expect(policy, `${browser}_${key}`).toBeDefined();
        expect(String(policy!.key)).toMatch(/\\3rdparty\\extensions\\[a-p]{32}\\policy$/);
        const type = schema[key]!.type;
        if (type === 'boolean') expect(policy!.valueName).toBe(key);
        else {
          const elements = policy!.elements as Node;
          const element = (type === 'integer' ? elements.decimal : elements.text) as Node;
          expect(element.valueName, `${browser}_${key}`).toBe(key);
        }
      }
    }
    expect(policies).toHaveLength(keys.length * 2);
  });

  it('defines every string and presentation the ADMX names, in English and in French', () => {
    const admx = files['BeenThere.admx'];
    const strings = [...admx.matchAll(/\$\(string\.([\w]+)\)/g)].map((m) => m[1]);
    const presentations = [...admx.matchAll(/\$\(presentation\.([\w]+)\)/g)].map((m) => m[1]);
    for (const path of ['en-US/BeenThere.adml', 'fr-FR/BeenThere.adml'] as const) {
      const resources = ((parser.parse(files[path]) as Node).policyDefinitionResources as Node)
        .resources as Node;
      const ids = new Set(list((resources.stringTable as Node).string as Node[]).map((s) => s.id));
      const presentationIds = new Set(
        list((resources.presentationTable as Node).presentation as Node[]).map((p) => p.id),
      );
      for (const id of strings) expect(ids.has(id), `${path}: string ${id}`).toBe(true);
      for (const id of presentations)
        expect(presentationIds.has(id), `${path}: presentation ${id}`).toBe(true);
    }
  });

  it('has French for every schema key, and no French for a key the schema lost', () => {
    expect(Object.keys(FRENCH).sort()).toEqual([...keys].sort());
    expect(files['fr-FR/BeenThere.adml']).toContain(FRENCH.institutionName!.title);
  });

  it("writes to the extension id the manifest key pins (the script's default)", () => {
    expect(PINNED_CHROME_ID).toBe(APP_CHROME_ID);
    expect(files['BeenThere.admx']).toContain(`\\extensions\\${APP_CHROME_ID}\\policy`);
  });
});
