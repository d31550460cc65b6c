// Renders the store images from the built extension (`npm run store:assets`): for English and French,
// five 1280x800 screenshots, each framing real views of the extension, and the 440x280 promo tile;
// plus the 128 px store icon (copied from the build) and Edge's 300x300 logo. Everything lands in
// .output/store-assets/<lang>/. Runs under Vitest only to reuse the e2e harness (test/e2e/harness.ts).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../lib/settings/settings';
import { askServiceWorker, EXTENSION_DIR, launch, seedContacts, type Session } from '../test/e2e/harness';
import { signLabel, ui, type TestLang } from '../test/e2e/locales';
import { icon } from './make-icons.mjs';

const OUT = resolve('.output/store-assets');

interface Caption {
  title: string;
  body: string;
}

/** What each screenshot says beside the views it frames. */
const CAPTIONS: Record<TestLang, Record<string, Caption>> = {
  en: {
    help: {
      title: 'Four steps for a hard conversation',
      body: 'HELP: Hello, Empathize, Link, Plan. What to say, what to avoid, one step at a time.',
    },
    signs: {
      title: 'Notice the signs, act at once',
      body: 'A warning sign brings up what to do now: 9-8-8, 911, and stay with them.',
    },
    reach: {
      title: 'Your people and your programs',
      body: 'Your buddy and your region’s peer-support and physician health programs, one click away.',
    },
    journal: {
      title: 'A private journal, if you want one',
      body: 'Off until you turn it on. Encrypted with your passphrase, kept on this device, locks itself.',
    },
    options: {
      title: 'Nothing leaves your device',
      body: 'No account, no analytics, no network. Hospital IT can preset contacts and the region.',
    },
  },
  fr: {
    help: {
      title: 'Quatre étapes pour une conversation difficile',
      body: 'HELP\u00a0: aller vers l’autre, écouter, orienter, prévoir un suivi. Quoi dire, quoi éviter, une étape à la fois.',
    },
    signs: {
      title: 'Repérer les signes, agir aussitôt',
      body: 'Un signe d’alerte affiche ce qu’il faut faire tout de suite\u00a0: 9-8-8, 911 et rester avec la personne.',
    },
    reach: {
      title: 'Vos personnes et vos programmes',
      body: 'Votre personne de confiance et les programmes de votre région, à un clic.',
    },
    journal: {
      title: 'Un journal privé, si vous le voulez',
      body: 'Désactivé tant que vous ne l’activez pas. Chiffré avec votre phrase de passe, gardé sur cet appareil, verrouillé automatiquement.',
    },
    options: {
      title: 'Rien ne quitte votre appareil',
      body: 'Aucun compte, aucune statistique, aucun réseau. Le service informatique peut prérégler contacts et région.',
    },
  },
};

const REGION: Record<TestLang, string> = { en: 'CA-ON', fr: 'CA-QC' };

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** A real view of the extension, as PNG bytes. */
async function view(
  session: Session,
  path: string,
  show: (page: Page) => Promise<void>,
  size = { width: 380, height: 600 },
): Promise<Buffer> {
  const page = await session.open(path, size);
  await page.locator('h1').first().waitFor();
  await show(page);
  // Let focus rings and transitions settle.
  await page.waitForTimeout(300);
  const png = await page.screenshot();
  await page.close();
  return png;
}

/** Frames views beside a caption on a 1280x800 canvas, rendered by the same browser. */
async function compose(session: Session, caption: Caption, shots: Buffer[], file: string, lang: TestLang) {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const images = shots.map((png) => `<img src="${dataUrl(png)}" alt="">`).join('');
  await page.setContent(`<!doctype html><html lang="${lang}"><meta charset="utf-8"><style>
    html, body { margin: 0; width: 1280px; height: 800px; overflow: hidden; }
    body { display: flex; align-items: center; gap: 48px; padding: 0 64px; box-sizing: border-box;
      background: linear-gradient(135deg, #e6f2f1, #ffffff 70%); font-family: system-ui, sans-serif; color: #12302e; }
    .text { flex: 0 0 360px; }
    h1 { font-size: 40px; line-height: 1.15; margin: 0 0 20px; color: #0a6660; }
    p { font-size: 22px; line-height: 1.4; margin: 0; }
    .shots { flex: 1; display: flex; gap: 28px; justify-content: center; }
    img { display: block; border-radius: 12px; box-shadow: 0 10px 30px rgba(10, 60, 56, 0.25); max-height: 680px; }
  </style><body><div class="text"><h1>${escape(caption.title)}</h1><p>${escape(caption.body)}</p></div>
  <div class="shots">${images}</div></body></html>`);
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1280, height: 800 } });
  await page.close();
}

/** The 440x280 small promo tile: the built icon, the name and the manifest's description. */
async function promoTile(session: Session, lang: TestLang, file: string) {
  const messages = JSON.parse(
    readFileSync(join(EXTENSION_DIR, `_locales/${lang}/messages.json`), 'utf8'),
  ) as Record<string, { message: string }>;
  const iconPng = readFileSync(join(EXTENSION_DIR, 'icon/128.png'));
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<!doctype html><html lang="${lang}"><meta charset="utf-8"><style>
    html, body { margin: 0; width: 440px; height: 280px; overflow: hidden; }
    body { display: flex; align-items: center; gap: 8px; padding: 0 28px 0 12px; box-sizing: border-box;
      background: linear-gradient(135deg, #e6f2f1, #ffffff 75%); font-family: system-ui, sans-serif; color: #12302e; }
    img { width: 128px; height: 128px; flex: none; }
    h1 { font-size: 34px; margin: 0 0 10px; color: #0a6660; }
    p { font-size: 16px; line-height: 1.35; margin: 0; }
  </style><body><img src="${dataUrl(iconPng)}" alt=""><div><h1>${escape(messages.extName!.message)}</h1>
  <p>${escape(messages.extDescription!.message)}</p></div></body></html>`);
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 440, height: 280 } });
  await page.close();
}

/** PNG colour type (byte 25): 2 is RGB, 6 is RGBA. The Chrome Web Store wants images without alpha. */
const colourType = (file: string) => readFileSync(file)[25];

it.each(['en', 'fr'] as const)('renders the store images in %s', async (lang) => {
  const dir = join(OUT, lang);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const session = await launch({ lang });
  try {
    await askServiceWorker(session, (settings) => chrome.storage.local.set({ settings }), {
      ...DEFAULT_SETTINGS,
      region: REGION[lang],
    } as Record<string, unknown>);
    await seedContacts(session, [
      {
        id: 'b1',
        name: 'Samantha Lee-Tremblay',
        isBuddy: true,
        phone: '613 555 0199',
        email: 'sam@example.org',
      },
    ]);
    const tab = (key: string) => async (page: Page) => {
      await page.getByRole('tab', { name: ui(lang, key) }).click();
      await page.locator('h2').first().waitFor();
    };
    const c = CAPTIONS[lang];
    const shots: [string, Caption, Buffer[]][] = [
      [
        'help',
        c.help!,
        [
          await view(session, 'popup.html', async () => {}),
          await view(session, 'popup.html', async (page) => {
            await page.getByRole('button', { name: ui(lang, 'help.guided') }).click();
          }),
        ],
      ],
      [
        'signs',
        c.signs!,
        [
          await view(session, 'popup.html', async (page) => {
            await tab('tabs.signs')(page);
            await page
              .getByRole('checkbox', { name: signLabel(lang, 'suicide', 'colleague'), exact: true })
              .check();
            await page.getByRole('alert').waitFor();
          }),
        ],
      ],
      [
        'reach',
        c.reach!,
        [
          await view(session, 'popup.html', tab('tabs.reach')),
          await view(session, 'popup.html', tab('tabs.resources')),
        ],
      ],
      ['journal', c.journal!, [await view(session, 'popup.html', tab('tabs.journal'))]],
      [
        'options',
        c.options!,
        [await view(session, 'options.html', async () => {}, { width: 720, height: 640 })],
      ],
    ];
    for (const [index, [name, caption, pngs]] of shots.entries()) {
      const file = join(dir, `screenshot-${index + 1}-${name}-1280x800.png`);
      await compose(session, caption, pngs, file, lang);
      expect(colourType(file), file).toBe(2);
    }
    const tile = join(dir, 'promo-tile-440x280.png');
    await promoTile(session, lang, tile);
    expect(colourType(tile), tile).toBe(2);
  } finally {
    await session.close();
  }
  copyFileSync(join(EXTENSION_DIR, 'icon/128.png'), join(dir, 'icon-128.png'));
  writeFileSync(join(dir, 'edge-logo-300.png'), icon(300, 0));
});
