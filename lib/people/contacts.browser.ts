import { parseStoredContacts, type Contact } from './contacts';
import type { LocalItem } from '../platform/local-item';
import { localList } from '../platform/local-list';

export type ContactsStorage = LocalItem<Contact[]>;

export const contactsStorage: ContactsStorage = localList('contacts', parseStoredContacts);
