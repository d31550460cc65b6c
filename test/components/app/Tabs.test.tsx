import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { expect, it } from 'vitest';
import { Tabs } from '../../../components/app/Tabs';

function Harness() {
  const [selected, setSelected] = useState<'a' | 'b' | 'c'>('a');
  const tabs = [
    { id: 'a', label: 'First' },
    { id: 'b', label: 'Second' },
    { id: 'c', label: 'Third' },
  ] as const;
  return <Tabs label="Tools" tabs={tabs} selected={selected} onSelect={setSelected} />;
}

it('moves between tabs with the arrow keys, Home and End, with one tab stop', () => {
  render(<Harness />);
  const first = screen.getByRole('tab', { name: 'First' });
  expect(first.tabIndex).toBe(0);
  expect(screen.getByRole('tab', { name: 'Second' }).tabIndex).toBe(-1);
  fireEvent.keyDown(first, { key: 'ArrowRight' });
  expect(screen.getByRole('tab', { name: 'Second', selected: true })).toBe(document.activeElement);
  fireEvent.keyDown(document.activeElement!, { key: 'End' });
  expect(screen.getByRole('tab', { name: 'Third', selected: true })).toBeTruthy();
  fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
  expect(screen.getByRole('tab', { name: 'First', selected: true })).toBeTruthy();
  fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
  expect(screen.getByRole('tab', { name: 'Third', selected: true })).toBeTruthy();
});
