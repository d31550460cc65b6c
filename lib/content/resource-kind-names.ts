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
 * languages. Each says what the kind of service is for, never a claim about one service: nothing
 * here names a condition (an addiction, say) that not every service of the kind is known to take.
 */
export const KIND_SEARCH_WORDS: Record<ResourceKind, Record<Lang, readonly string[]>> = {
  crisis: {
    en: ['suicide', 'suicidal', 'emergency', 'urgent', 'hotline'],
    fr: ['suicide', 'suicidaire', 'urgence', 'urgent'],
  },
  'physician-health': {
    en: ['burnout', 'burned out', 'stress', 'wellness', 'doctor'],
    fr: ['épuisement', 'stress', 'mieux-être', 'bien-être', 'docteur'],
  },
  'peer-support': {
    en: ['peer', 'colleague', 'buddy'],
    fr: ['pair', 'collègue'],
  },
  'medico-legal': {
    en: ['legal', 'lawsuit', 'sued', 'lawyer', 'complaint', 'litigation'],
    fr: ['juridique', 'poursuite', 'poursuivi', 'avocat', 'plainte', 'litige'],
  },
  counselling: {
    en: ['burnout', 'stress', 'therapy', 'therapist', 'counselor', 'counsellor', 'mental health'],
    fr: ['épuisement', 'stress', 'thérapie', 'thérapeute', 'conseiller', 'conseillère', 'santé mentale'],
  },
};
