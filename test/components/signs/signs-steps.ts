import { fireEvent, screen, within } from '@testing-library/preact';

// What a person does in the Signs tab, shared by the tests that open it.

/** Opens Signs and waits for its code, which loads on first open as in the extension. */
export const openSigns = async (name = 'Signs') => {
  fireEvent.click(screen.getByRole('tab', { name }));
  await screen.findByRole('heading', { level: 2, name: /Signs of distress|Signes de détresse/ });
};

export const tick = (label: string) => fireEvent.click(screen.getByRole('checkbox', { name: label }));

/** Where each link inside `element` leads. */
export const hrefs = (element: HTMLElement) =>
  within(element)
    .getAllByRole('link')
    .map((a) => a.getAttribute('href'));
