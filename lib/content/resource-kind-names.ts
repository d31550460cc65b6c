import type { ResourceKind } from './resource-kinds';
import type { Lang, Localized } from './types';

/** Kind names are content: the filter shows them and search matches them in both languages. */
export const KIND_NAMES: Record<ResourceKind, Localized> = {
  crisis: { en: 'Crisis line', fr: 'Ligne de crise' },
  'physician-health': { en: 'Physician health program', fr: 'Programme de santé des médecins' },
  'peer-support': { en: 'Peer support', fr: 'Soutien par les pairs' },
  'medico-legal': { en: 'Medico-legal', fr: 'Médico-légal' },
  counselling: { en: 'Counselling', fr: 'Counseling' },
};

/**
 * Words a person may type for a kind of help, beyond its name: search matches them in both
 * languages. Each says what the kind of service is, never a claim about one service. A need
 * (burnout, stress) goes only on counselling, which is for it: a physician health program can be a
 * regulator's way to self-report, or a state program of assessment and monitoring, so such words go
 * on a program only from its own sources (`searchWords`).
 */
export const KIND_SEARCH_WORDS: Record<ResourceKind, Record<Lang, readonly string[]>> = {
  crisis: { en: ['suicide', 'suicidal', 'hotline'], fr: ['suicide', 'suicidaire'] },
  'physician-health': { en: ['doctor'], fr: ['docteur'] },
  'peer-support': { en: ['peer', 'buddy'], fr: ['pair'] },
  'medico-legal': {
    en: ['legal', 'lawsuit', 'sued', 'complaint', 'litigation'],
    fr: ['juridique', 'poursuite', 'poursuivi', 'plainte', 'litige'],
  },
  counselling: {
    en: ['burnout', 'stress', 'therapy', 'therapist', 'counselor', 'counsellor', 'mental health'],
    fr: [
      'épuisement professionnel',
      'stress',
      'thérapie',
      'thérapeute',
      'conseiller',
      'conseillère',
      'santé mentale',
    ],
  },
};
