/** When the content was last checked against its sources (ISO date); each entry carries it. */
export const REVIEWED = '2026-11-22';
