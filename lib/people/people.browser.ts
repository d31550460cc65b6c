import { checkInsStorage } from '../check-ins/check-ins.browser';
import { contactsStorage } from './contacts.browser';
import { remindersStorage } from '../reminders/reminders.browser';

/** Contacts, reminders and buddy check-ins: loaded when a view that shows them first opens, not with the popup. */
export const people = { contacts: contactsStorage, reminders: remindersStorage, checkIns: checkInsStorage };

export type People = typeof people;
