import { parseStoredContacts, type Contact } from '../contacts';
import { localItem, type LocalItem } from './local-item';

export type ContactsStorage = LocalItem<Contact[]>;

export const contactsStorage: ContactsStorage = localItem('contacts', parseStoredContacts);
