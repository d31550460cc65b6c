export type ResourceKind = 'crisis' | 'physician-health' | 'peer-support' | 'medico-legal' | 'counselling';

export const RESOURCE_KINDS: readonly ResourceKind[] = [
  'crisis',
  'physician-health',
  'peer-support',
  'medico-legal',
  'counselling',
];
