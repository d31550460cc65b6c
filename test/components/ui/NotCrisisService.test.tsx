import { fireEvent, screen } from '@testing-library/preact';
import { expect, it } from 'vitest';
import { App } from '../../../components/app/App';
import { renderWithStore } from '../../helpers';

it.each([
  ['Reach', 'Reach a peer'],
  ['Resources', 'Resources'],
  ['Signs', 'Signs of distress'],
])('says in one line on %s that this is not a crisis service', async (tab, heading) => {
  renderWithStore(<App surface="popup" />);
  fireEvent.click(screen.getByRole('tab', { name: tab }));
  await screen.findByRole('heading', { level: 2, name: heading });
  expect(screen.getByText('Not a crisis service. In danger now? Call 911.')).toBeTruthy();
});
