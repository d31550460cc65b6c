// @ts-check
// Group Policy templates (ADMX and its English and French ADML) for Been There's institution settings,
// generated from public/managed_schema.json: one policy per schema key, for Chrome and for Edge, each
// writing the value where the browser reads extension policy
// (Software\Policies\<browser>\3rdparty\extensions\<id>\policy, docs/deploy.md).
// Usage: node scripts/policy-templates.mjs [--chrome-id <id>] [--edge-id <id>] [--out <folder>]
// Without ids it uses the id pinned by the manifest key (self-hosted and unpacked builds); a store install
// has the id its store assigned: regenerate with that id. test/data/policy-templates.test.ts validates the
// output as XML and checks that deploy/windows/ is what this script writes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PINNED_CHROME_ID = 'omnjmdaipihpdbmekgaplhfloalfceln';

/** Where each browser reads an extension's policy (HKLM). */
export const BROWSERS = {
  Chrome: {
    label: 'Google Chrome',
    key: (/** @type {string} */ id) =>
      `Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${id}\\policy`,
  },
  Edge: {
    label: 'Microsoft Edge',
    key: (/** @type {string} */ id) =>
      `Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${id}\\policy`,
  },
};

/**
 * French for the schema's titles and descriptions (the schema itself is English: Chrome shows it as is).
 * Every schema key needs an entry; the test fails otherwise.
 * @type {Record<string, { title: string, description: string }>}
 */
export const FRENCH = {
  institutionName: {
    title: 'Nom de l’établissement',
    description: 'Affiché à côté des contacts et des paramètres fournis par votre établissement.',
  },
  contacts: {
    title: 'Contacts de soutien par les pairs',
    description:
      'Personnes ou services que chaque utilisateur voit dans Joindre. Les utilisateurs ne peuvent pas les supprimer.',
  },
  defaultRegion: {
    title: 'Région par défaut',
    description:
      'CA, CA-AB, CA-BC, CA-MB, CA-NB, CA-NL, CA-NS, CA-NT, CA-NU, CA-ON, CA-PE, CA-QC, CA-SK, CA-YT ou US.',
  },
  regionLocked: {
    title: 'Verrouiller la région',
    description: 'Activé : les utilisateurs ne peuvent pas changer la région par défaut.',
  },
  journalAllowed: {
    title: 'Permettre le journal',
    description: 'Désactivé : le journal privé ne peut pas être activé.',
  },
  maxAutoLockMinutes: {
    title: 'Délai maximal de verrouillage du journal, en minutes',
    description: 'Une des valeurs 1, 5, 15, 30, 60 ou 240.',
  },
  language: {
    title: 'Langue',
    description:
      'en ou fr : la langue de chaque utilisateur qui n’en a pas choisi une dans les Paramètres, quelle que soit celle du navigateur.',
  },
  extraResources: {
    title: 'Ressources supplémentaires',
    description:
      'Ressources affichées en premier dans l’onglet Ressources. Chacune peut porter beforeYouCall : ce que votre programme dit de qui le gère, de la confidentialité, de ses limites, des dossiers et du signalement à l’organisme de réglementation.',
  },
};

const TEXT = {
  en: {
    category: 'Been There',
    browserCategory: (/** @type {string} */ browser) => `Been There in ${browser}`,
    supported: (/** @type {string} */ browser) => `${browser} with the Been There extension`,
    arrayHint:
      'Type the value as JSON: an array of objects, on one line, as in docs/deploy.md. It is written as a REG_SZ string; the browser reads the JSON.',
    booleanHint: 'Enabled sets true; Disabled sets false; Not configured sets nothing.',
    integerHint: 'A whole number.',
    stringHint: 'Text.',
    writes: (/** @type {string} */ key, /** @type {string} */ value) => `Writes ${value} under HKLM\\${key}.`,
  },
  fr: {
    category: 'Been There',
    browserCategory: (/** @type {string} */ browser) => `Been There dans ${browser}`,
    supported: (/** @type {string} */ browser) => `${browser} avec l’extension Been There`,
    arrayHint:
      'Saisissez la valeur en JSON : un tableau d’objets, sur une ligne, comme dans docs/deploy.md. Elle est écrite comme chaîne REG_SZ; le navigateur lit le JSON.',
    booleanHint: 'Activé donne true; Désactivé donne false; Non configuré ne définit rien.',
    integerHint: 'Un nombre entier.',
    stringHint: 'Du texte.',
    writes: (/** @type {string} */ key, /** @type {string} */ value) => `Écrit ${value} sous HKLM\\${key}.`,
  },
};

/** @param {string} text */
const xml = (text) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** @typedef {{ type: string, title?: string, description?: string }} Property */
/** @returns {Record<string, Property>} */
export function readSchema(path = 'public/managed_schema.json') {
  return JSON.parse(readFileSync(path, 'utf8')).properties;
}

/** @param {{ chrome: string, edge: string }} ids */
const idsFor = (ids) => ({ Chrome: ids.chrome, Edge: ids.edge });

/**
 * @param {Record<string, Property>} schema
 * @param {{ chrome: string, edge: string }} ids
 */
export function admx(schema, ids) {
  const policies = [];
  for (const [browser, { key }] of Object.entries(BROWSERS)) {
    const regKey = key(idsFor(ids)[/** @type {'Chrome' | 'Edge'} */ (browser)]);
    for (const [name, property] of Object.entries(schema)) {
      const id = `${browser}_${name}`;
      const head = `    <policy name="${id}" class="Machine" displayName="$(string.${name})" explainText="$(string.${id}_Explain)"`;
      const common = `      <parentCategory ref="BeenThere_${browser}" />\n      <supportedOn ref="SUPPORTED_${browser}" />`;
      if (property.type === 'boolean') {
        policies.push(
          `${head} key="${xml(regKey)}" valueName="${name}">\n${common}\n` +
            `      <enabledValue><decimal value="1" /></enabledValue>\n      <disabledValue><decimal value="0" /></disabledValue>\n    </policy>`,
        );
      } else {
        const element =
          property.type === 'integer'
            ? `<decimal id="${name}" valueName="${name}" minValue="0" maxValue="2147483647" />`
            : `<text id="${name}" valueName="${name}" maxLength="1000000" />`;
        policies.push(
          `${head} presentation="$(presentation.${name})" key="${xml(regKey)}">\n${common}\n` +
            `      <elements>\n        ${element}\n      </elements>\n    </policy>`,
        );
      }
    }
  }
  const browsers = Object.keys(BROWSERS);
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by scripts/policy-templates.mjs from public/managed_schema.json. Do not edit by hand. -->
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <policyNamespaces>
    <target prefix="beenthere" namespace="BeenThere.Policies" />
    <using prefix="windows" namespace="Microsoft.Policies.Windows" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <supportedOn>
    <definitions>
${browsers.map((b) => `      <definition name="SUPPORTED_${b}" displayName="$(string.SUPPORTED_${b})" />`).join('\n')}
    </definitions>
  </supportedOn>
  <categories>
    <category name="BeenThere" displayName="$(string.BeenThere)" />
${browsers.map((b) => `    <category name="BeenThere_${b}" displayName="$(string.BeenThere_${b})">\n      <parentCategory ref="BeenThere" />\n    </category>`).join('\n')}
  </categories>
  <policies>
${policies.join('\n')}
  </policies>
</policyDefinitions>
`;
}

/**
 * @param {Record<string, Property>} schema
 * @param {'en' | 'fr'} lang
 * @param {{ chrome: string, edge: string }} ids
 */
export function adml(schema, lang, ids) {
  const text = TEXT[lang];
  /** @type {[string, string][]} */
  const strings = [['BeenThere', text.category]];
  const presentations = [];
  for (const [browser, { label }] of Object.entries(BROWSERS)) {
    strings.push(
      [`BeenThere_${browser}`, text.browserCategory(label)],
      [`SUPPORTED_${browser}`, text.supported(label)],
    );
  }
  for (const [name, property] of Object.entries(schema)) {
    const words =
      lang === 'fr'
        ? FRENCH[name]
        : { title: property.title ?? name, description: property.description ?? '' };
    if (!words) throw new Error(`scripts/policy-templates.mjs: no French for the policy key ${name}`);
    strings.push([name, words.title]);
    const hint =
      property.type === 'boolean'
        ? text.booleanHint
        : property.type === 'integer'
          ? text.integerHint
          : property.type === 'array'
            ? text.arrayHint
            : text.stringHint;
    const valueType = property.type === 'boolean' || property.type === 'integer' ? 'REG_DWORD' : 'REG_SZ';
    for (const [browser, { key }] of Object.entries(BROWSERS)) {
      const regKey = key(idsFor(ids)[/** @type {'Chrome' | 'Edge'} */ (browser)]);
      strings.push([
        `${browser}_${name}_Explain`,
        `${words.description}\n\n${hint}\n\n${text.writes(regKey, `${name} (${valueType})`)}`,
      ]);
    }
    if (property.type !== 'boolean') {
      const element =
        property.type === 'integer'
          ? `<decimalTextBox refId="${name}">${xml(words.title)}</decimalTextBox>`
          : `<textBox refId="${name}"><label>${xml(words.title)}</label></textBox>`;
      presentations.push(`      <presentation id="${name}">\n        ${element}\n      </presentation>`);
    }
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by scripts/policy-templates.mjs from public/managed_schema.json. Do not edit by hand. -->
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>Been There</displayName>
  <description>Been There</description>
  <resources>
    <stringTable>
${strings.map(([id, value]) => `      <string id="${id}">${xml(value)}</string>`).join('\n')}
    </stringTable>
    <presentationTable>
${presentations.join('\n')}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}

/** The three files, by path under the output folder. */
export function templates(schema = readSchema(), ids = { chrome: PINNED_CHROME_ID, edge: PINNED_CHROME_ID }) {
  return {
    'BeenThere.admx': admx(schema, ids),
    'en-US/BeenThere.adml': adml(schema, 'en', ids),
    'fr-FR/BeenThere.adml': adml(schema, 'fr', ids),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (/** @type {string} */ name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const out = arg('--out') ?? 'deploy/windows';
  const ids = { chrome: arg('--chrome-id') ?? PINNED_CHROME_ID, edge: arg('--edge-id') ?? PINNED_CHROME_ID };
  for (const [path, content] of Object.entries(templates(readSchema(), ids))) {
    mkdirSync(join(out, path, '..'), { recursive: true });
    writeFileSync(join(out, path), content);
    console.log(join(out, path));
  }
}
