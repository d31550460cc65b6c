import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useDateFormat, useDayFormat } from '../../../components/ui/use-date-format';
import { renderWithStore } from '../../helpers';

/** 18:05 in Toronto and in New York on 3 December 2026. */
const EVENING = Date.UTC(2026, 11, 3, 23, 5);

function Stamp() {
  const time = useDateFormat({ dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Toronto' });
  const day = useDayFormat();
  return (
    <p>
      {time.format(EVENING)} | {day('2026-12-03')}
    </p>
  );
}

describe('dates and times', () => {
  it('are written as in Canada, in English: 6:05 p.m.', async () => {
    renderWithStore(<Stamp />);
    await waitFor(() =>
      expect(screen.getByText(/\|/).textContent).toBe('Dec 3, 2026, 6:05 p.m. | Dec 3, 2026'),
    );
  });

  it('are written in Canadian French: 18 h 05', async () => {
    renderWithStore(<Stamp />, { locale: 'fr' });
    await waitFor(() =>
      expect(screen.getByText(/\|/).textContent).toBe('3 déc. 2026, 18 h 05 | 3 déc. 2026'),
    );
  });

  it('are written as in the US where the region is the US', async () => {
    renderWithStore(<Stamp />, { timeZone: 'America/New_York' });
    await waitFor(() =>
      expect(screen.getByText(/\|/).textContent).toBe('Dec 3, 2026, 6:05 PM | Dec 3, 2026'),
    );
  });
});
