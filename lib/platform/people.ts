import { checkInsStorage } from './check-ins-storage';
import { contactsStorage } from './contacts-storage';
import { remindersStorage } from './reminders-storage';

/** Contacts and reminders: loaded when a view that shows them first opens, not with the popup. */
export const people = { contacts: contactsStorage, reminders: remindersStorage, checkIns: checkInsStorage };

export type People = typeof people;
