/** Who the user is, if they say so in Settings: it puts the lines that serve them first. */
export const CLINICIAN_ROLES = ['physician', 'resident', 'student'] as const;

export type ClinicianRole = (typeof CLINICIAN_ROLES)[number];
