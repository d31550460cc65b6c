import { describe, expect, it } from 'vitest';
import {
  AFTER_EVENT_PATHS,
  AFTER_EVENT_PROGRAM_IDS,
  AFTER_EVENT_SOURCES,
  TOUCHING_BASE,
} from '../../lib/content/difficult-event';
import { RESOURCES } from '../../lib/content/resources';
import type { Localized } from '../../lib/content/types';

const texts = (): Localized[] => [
  ...Object.values(AFTER_EVENT_PATHS).flatMap((screens) =>
    screens.flatMap((s) => [s.title, ...s.items, ...(s.avoid ?? [])]),
  ),
  TOUCHING_BASE.subject,
  TOUCHING_BASE.body,
];

describe('after-event content', () => {
  it('has every text in English and French', () => {
    for (const text of texts()) {
      expect(text.en.trim(), text.fr).toBeTruthy();
      expect(text.fr.trim(), text.en).toBeTruthy();
      expect(text.fr, 'translated').not.toBe(text.en);
    }
  });

  it('keeps each screen short: at most 5 things, at most 3 to avoid, and cites known sources', () => {
    const ids = new Set<string>(AFTER_EVENT_SOURCES.map((s) => s.id));
    for (const [path, screens] of Object.entries(AFTER_EVENT_PATHS)) {
      expect(new Set(screens.map((s) => s.id)).size, path).toBe(screens.length);
      for (const screen of screens) {
        expect(screen.items.length, screen.id).toBeGreaterThan(0);
        expect(screen.items.length, screen.id).toBeLessThanOrEqual(5);
        expect(screen.avoid?.length ?? 0, screen.id).toBeLessThanOrEqual(3);
        expect(screen.sources.length, screen.id).toBeGreaterThan(0);
        for (const id of screen.sources) expect(ids.has(id), `${screen.id} cites ${id}`).toBe(true);
      }
    }
  });

  it('gives every source a title, a publisher, a web address and a review date', () => {
    const ids = AFTER_EVENT_SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const source of AFTER_EVENT_SOURCES) {
      expect(source.title.trim() && source.publisher.trim(), source.id).toBeTruthy();
      expect(new URL(source.url).protocol, source.id).toMatch(/^https?:$/);
      expect(source.reviewed, source.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('says what the issue asks: the three things to avoid, feelings not facts, the confidentiality limits', () => {
    const colleague = AFTER_EVENT_PATHS.colleague;
    const avoid = colleague.flatMap((s) => s.avoid ?? []).map((a) => a.en);
    expect(avoid).toEqual([
      '“Everything will be fine.”',
      '“Tell me exactly what happened.”',
      '“It’s part of the job.”',
    ]);
    const all = colleague
      .flatMap((s) => s.items)
      .map((i) => i.en)
      .join(' ');
    expect(all).toMatch(/not the clinical details/);
    expect(all).toMatch(/except when someone’s safety is at risk/);
    expect(all).toMatch(/disclosed in legal proceedings/);
    expect(AFTER_EVENT_PATHS.myself.map((s) => s.tool)).toEqual(
      expect.arrayContaining(['take-a-minute', 'who-to-call']),
    );
    expect(colleague.map((s) => s.tool)).toEqual(
      expect.arrayContaining(['touching-base', 'physician-lines']),
    );
  });

  it('shows no phone number in its text: numbers come only from the verified program data', () => {
    for (const text of texts()) expect(`${text.en} ${text.fr}`).not.toMatch(/\d{3}[-\s.]?\d{4}|9-8-8|911/);
  });

  it('names programs that exist in the directory', () => {
    for (const id of AFTER_EVENT_PROGRAM_IDS)
      expect(
        RESOURCES.some((r) => r.id === id),
        id,
      ).toBe(true);
  });
});
