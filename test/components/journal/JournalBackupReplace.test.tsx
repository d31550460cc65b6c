import { signal } from '@preact/signals';
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { JournalBackup } from '../../../components/journal/JournalBackup';
import type { ImportPlan } from '../../../lib/journal/journal';
import type { JournalStore } from '../../../lib/journal/journal-store';
import { emptyPlan } from '../../../lib/safety-plan/safety-plan';
import { renderWithStore } from '../../helpers';
import type { TestLocale } from '../../setup';

// Issue 20: replacing from a backup replaces the safety plan with the file's, even an older one:
// the Replace button says so whenever the file holds a plan.
function backupWith(planned: ImportPlan, locale: TestLocale = 'en') {
  const applyImport = vi.fn(async () => undefined);
  const journal = {
    importPlan: signal<ImportPlan | null>(planned),
    error: signal(null),
    applyImport,
    cancelImport: vi.fn(),
  } as unknown as JournalStore;
  renderWithStore(<JournalBackup journal={journal} />, { locale });
  return applyImport;
}

const notes = { notes: [], existing: 0, newerHere: 0, repair: [], duplicates: 0 };

describe('importing a backup: Replace', () => {
  it('says the safety plan is replaced too when the file holds one, and replaces', () => {
    const applyImport = backupWith({ ...notes, plan: emptyPlan(1) });
    const replace = screen.getByRole('button', {
      name: 'Replace all my notes and my safety plan with the file’s',
    });
    fireEvent.click(replace);
    expect(applyImport).toHaveBeenCalledWith(true);
  });

  it('in French too', () => {
    backupWith({ ...notes, plan: emptyPlan(1) }, 'fr');
    expect(
      screen.getByRole('button', {
        name: 'Remplacer toutes mes notes et mon plan de sécurité par ceux du fichier',
      }),
    ).toBeTruthy();
  });

  it('speaks of notes only when the file holds no plan', () => {
    backupWith(notes);
    expect(screen.getByRole('button', { name: 'Replace all my notes with them' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /safety plan/ })).toBeNull();
  });
});
