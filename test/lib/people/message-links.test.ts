import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../lib/people/contacts';
import { messageLinks } from '../../../lib/people/message-links';

const sam: Contact = {
  id: '1',
  name: 'Sam',
  isBuddy: true,
  phone: '(613) 555-0199',
  email: 'sam@example.org',
};

describe('messageLinks', () => {
  it('carries the whole message, encoded, in the text and the email link', () => {
    const body = 'Café? Ça va & à demain #2\nSam';
    const links = messageLinks(sam, 'Touching base', body);
    expect(links.sms).toBe(`sms:6135550199?body=${encodeURIComponent(body)}`);
    expect(links.email).toBe(
      `mailto:sam@example.org?subject=Touching%20base&body=${encodeURIComponent(body)}`,
    );
    // Read back the way a texting or mail app would: the message arrives exactly as typed.
    expect(new URL(links.sms!).searchParams.get('body')).toBe(body);
    expect(new URL(links.email!).searchParams.get('body')).toBe(body);
  });

  it('texts the texting number when there is one, else the phone', () => {
    expect(messageLinks({ ...sam, text: '613 555 0142' }, 's', 'b').sms).toBe('sms:6135550142?body=b');
  });

  it('offers only the ways the contact can be reached', () => {
    expect(messageLinks({ id: '2', name: 'Al', isBuddy: false, email: 'al@example.org' }, 's', 'b')).toEqual({
      email: 'mailto:al@example.org?subject=s&body=b',
    });
    expect(messageLinks({ id: '3', name: 'Bo', isBuddy: false, phone: '911' }, 's', 'b')).toEqual({
      sms: 'sms:911?body=b',
    });
  });
});
