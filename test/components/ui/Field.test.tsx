import { render, screen } from '@testing-library/preact';
import { expect, it } from 'vitest';
import { Field } from '../../../components/ui/Field';

const describedBy = (control: HTMLElement) => control.getAttribute('aria-describedby')?.split(' ') ?? [];

it('ties the label to the control and leaves a plain field undescribed and valid', () => {
  render(
    <Field id="f" label="Name">
      {(control) => <input {...control} type="text" autocomplete="off" />}
    </Field>,
  );
  const input = screen.getByLabelText<HTMLInputElement>('Name');
  expect(input.id).toBe('f');
  // The caller's own attributes are left as they are.
  expect(input.getAttribute('autocomplete')).toBe('off');
  expect(input.hasAttribute('aria-describedby')).toBe(false);
  expect(input.hasAttribute('aria-invalid')).toBe(false);
});

it('describes the control by its hint, and by its error too, invalid only then', () => {
  const { rerender } = render(
    <Field id="f" label="Phone" hint="Digits only">
      {(control) => <input {...control} />}
    </Field>,
  );
  const input = screen.getByLabelText('Phone');
  expect(describedBy(input)).toEqual(['f-hint']);
  expect(document.getElementById('f-hint')!.textContent).toBe('Digits only');
  expect(input.hasAttribute('aria-invalid')).toBe(false);

  rerender(
    <Field id="f" label="Phone" hint="Digits only" error="Enter a phone number">
      {(control) => <input {...control} />}
    </Field>,
  );
  expect(describedBy(input)).toEqual(['f-hint', 'f-error']);
  expect(document.getElementById('f-error')!.textContent).toBe('Enter a phone number');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  // Hint first, then the error, both after the control.
  const texts = [...input.parentElement!.querySelectorAll('p')].map((p) => p.className);
  expect(texts).toEqual(['hint', 'error']);
});

it('adds ids described elsewhere, and a hint id and place of its own, for any control', () => {
  render(
    <Field
      id="region"
      label="Region"
      hint="Where you work"
      hintId="region-help"
      hintFirst
      describedBy="status"
    >
      {(control) => (
        <select {...control}>
          <option>Ontario</option>
        </select>
      )}
    </Field>,
  );
  const select = screen.getByLabelText('Region');
  expect(select.tagName).toBe('SELECT');
  expect(describedBy(select)).toEqual(['region-help', 'status']);
  expect(select.previousElementSibling!.id).toBe('region-help');
});

it('marks the control invalid when the message is outside the field', () => {
  render(
    <Field id="p" label="Passphrase" invalid describedBy="unlock-error">
      {(control) => <textarea {...control} />}
    </Field>,
  );
  const control = screen.getByLabelText('Passphrase');
  expect(control.getAttribute('aria-invalid')).toBe('true');
  expect(describedBy(control)).toEqual(['unlock-error']);
});
