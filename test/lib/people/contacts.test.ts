import { describe, expect, it } from 'vitest';
import { sortContacts } from '../../../lib/people/contact-links';
import { checkContact, parseStoredContacts } from '../../../lib/people/contacts';

describe('checkContact', () => {
  it('accepts a buddy with a phone, trimming what was typed', () => {
    expect(checkContact({ name: '  Sam Lee ', isBuddy: true, phone: ' +1 (613) 555-0199 ' })).toEqual({
      ok: true,
      value: { name: 'Sam Lee', isBuddy: true, phone: '+1 (613) 555-0199' },
    });
  });

  it('treats blank fields as not given', () => {
    const check = checkContact({ name: 'Ana', phone: '', text: '  ', email: 'ana@example.org', note: '' });
    expect(check).toEqual({ ok: true, value: { name: 'Ana', isBuddy: false, email: 'ana@example.org' } });
  });

  it('says what is wrong with each field', () => {
    expect(checkContact({ name: '', phone: 'call me', email: 'not-an-email' })).toEqual({
      ok: false,
      errors: {
        name: 'contacts.errors.nameRequired',
        phone: 'contacts.errors.phoneInvalid',
        email: 'contacts.errors.emailInvalid',
      },
    });
    expect(checkContact({ name: 'x'.repeat(81), phone: '911' })).toMatchObject({
      errors: { name: 'contacts.errors.nameTooLong' },
    });
    expect(checkContact({ name: 'Bo', phone: '12', note: 'n'.repeat(141) })).toMatchObject({
      errors: { phone: 'contacts.errors.phoneInvalid', note: 'contacts.errors.noteTooLong' },
    });
  });

  it('needs at least one way to reach the person', () => {
    expect(checkContact({ name: 'Bo' })).toEqual({
      ok: false,
      errors: { phone: 'contacts.errors.noWayToReach' },
    });
  });

  it('survives hostile input without throwing', () => {
    for (const raw of [
      null,
      undefined,
      42,
      'x',
      [],
      { name: { toString: 1 } },
      { __proto__: { name: 'x' } },
    ]) {
      expect(checkContact(raw).ok).toBe(false);
    }
    const markup = checkContact({ name: '<img src=x onerror=alert(1)>', email: 'a@b.co' });
    expect(markup).toMatchObject({ ok: true, value: { name: '<img src=x onerror=alert(1)>' } });
  });
});

describe('stored contacts', () => {
  it('keeps valid entries and leaves out broken ones', () => {
    const stored = [
      { id: 'a', name: 'Sam', phone: '613 555 0199' },
      { id: 'b', name: '', phone: '1' },
      { name: 'No id', phone: '613 555 0100' },
      'junk',
    ];
    expect(parseStoredContacts(stored).map((c) => c.id)).toEqual(['a']);
    expect(parseStoredContacts('junk')).toEqual([]);
  });

  it('puts the buddy first, then sorts by name for the reader', () => {
    const list = [
      { id: '1', name: 'Émile', isBuddy: false, email: 'e@x.co' },
      { id: '2', name: 'Zoé', isBuddy: true, email: 'z@x.co' },
      { id: '3', name: 'Eve', isBuddy: false, email: 'v@x.co' },
    ];
    expect(sortContacts(list, 'fr').map((c) => c.name)).toEqual(['Zoé', 'Émile', 'Eve']);
  });
});
