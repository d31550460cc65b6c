import type { ResourceKind } from './resource-kinds';
import type { Localized } from './types';

/** Kind names are content: the filter shows them and search matches them in both languages. */
export const KIND_NAMES: Record<ResourceKind, Localized> = {
  crisis: { en: 'Crisis line', fr: 'Ligne de crise' },
  'physician-health': { en: 'Physician health program', fr: 'Programme de santé des médecins' },
  'peer-support': { en: 'Peer support', fr: 'Soutien par les pairs' },
  'medico-legal': { en: 'Medico-legal', fr: 'Médico-légal' },
  counselling: { en: 'Counselling', fr: 'Counseling' },
};
