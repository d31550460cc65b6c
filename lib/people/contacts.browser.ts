import { parseStoredContacts, type Contact } from './contacts';
import { localItem, type LocalItem } from '../platform/local-item';

export type ContactsStorage = LocalItem<Contact[]>;

export const contactsStorage: ContactsStorage = localItem('contacts', parseStoredContacts);
