export const RESOURCE_KINDS = [
  'crisis',
  'physician-health',
  'peer-support',
  'medico-legal',
  'counselling',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
