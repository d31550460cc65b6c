import * as v from 'valibot';

/**
 * The user's own safety plan, made ahead for the moments when thinking is hardest: six steps in
 * order (the later ones when the earlier did not help), and reasons to keep going. It is journal
 * data: stored only sealed with the journal's key (lib/journal/records.ts, `sealPlan`), checked
 * against this schema every time it is opened, from disk or from a backup.
 */
export const PLAN_STEPS = [
  'warningSigns',
  'onMyOwn',
  'distractions',
  'askForHelp',
  'professionals',
  'saferSurroundings',
] as const;
export type PlanStepId = (typeof PLAN_STEPS)[number];

/** Steps where people (from Reach, the region's lines, or typed) can be listed beside the words. */
export const PEOPLE_STEPS: readonly PlanStepId[] = ['distractions', 'askForHelp', 'professionals'];

/** The plan's format inside its ciphertext; its additional data names it too (records.ts). */
export const PLAN_FORMAT = 1;

export const LIMITS = { items: 20, itemLength: 300, people: 12, nameLength: 120, reasons: 20 } as const;

const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const line = v.pipe(v.string(), v.maxLength(LIMITS.itemLength));
const items = v.pipe(v.array(line), v.maxLength(LIMITS.items));
/** A number as written (spaces, dashes, brackets allowed); dial links keep only digits and "+". */
const phone = v.pipe(v.string(), v.maxLength(25), v.regex(/^\+?[\d\s().-]*$/));

/**
 * Someone to reach. `from` says where it was picked: a person saved in Reach (`ref` is the
 * contact's id) or one of the region's physician lines (`ref` is the program's id), or typed here.
 * Picked entries keep a copy of the name and numbers, so the plan still works, printed or opened,
 * if the person is later removed from Reach.
 */
export const PlanPersonSchema = v.object({
  from: v.picklist(['typed', 'reach', 'line']),
  ref: v.optional(v.pipe(v.string(), v.maxLength(100))),
  name: v.pipe(v.string(), v.maxLength(LIMITS.nameLength)),
  phone: v.optional(phone),
  text: v.optional(phone),
  email: v.optional(v.pipe(v.string(), v.maxLength(254))),
});
export type PlanPerson = v.InferOutput<typeof PlanPersonSchema>;

const StepSchema = v.object({
  items,
  people: v.pipe(v.array(PlanPersonSchema), v.maxLength(LIMITS.people)),
});
export type PlanStep = v.InferOutput<typeof StepSchema>;

export const SafetyPlanSchema = v.object({
  format: v.literal(PLAN_FORMAT),
  steps: v.object({
    warningSigns: StepSchema,
    onMyOwn: StepSchema,
    distractions: StepSchema,
    askForHelp: StepSchema,
    professionals: StepSchema,
    saferSurroundings: StepSchema,
  }),
  /** Short lines, the hope-box idea without images. */
  reasons: v.pipe(v.array(line), v.maxLength(LIMITS.reasons)),
  updatedAt: time,
});
export type SafetyPlan = v.InferOutput<typeof SafetyPlanSchema>;

const emptyStep = (): PlanStep => ({ items: [], people: [] });

export function emptyPlan(now = Date.now()): SafetyPlan {
  return {
    format: PLAN_FORMAT,
    steps: {
      warningSigns: emptyStep(),
      onMyOwn: emptyStep(),
      distractions: emptyStep(),
      askForHelp: emptyStep(),
      professionals: emptyStep(),
      saferSurroundings: emptyStep(),
    },
    reasons: [],
    updatedAt: now,
  };
}

/** Whether `raw` is a plan this version can show; never throws. */
export function checkPlan(raw: unknown): raw is SafetyPlan {
  return v.safeParse(SafetyPlanSchema, raw).success;
}

/** Lines the user left blank are not kept (each list is edited as one line per entry). */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, LIMITS.items)
    .map((s) => s.slice(0, LIMITS.itemLength));
}

export function isEmptyPlan(plan: SafetyPlan): boolean {
  return (
    plan.reasons.length === 0 &&
    PLAN_STEPS.every((id) => plan.steps[id].items.length === 0 && plan.steps[id].people.length === 0)
  );
}

/** Every word of the plan, for tests that look for it in clear on disk. */
export function planText(plan: SafetyPlan): string {
  return [
    ...PLAN_STEPS.flatMap((id) => [
      ...plan.steps[id].items,
      ...plan.steps[id].people.flatMap((p) => [p.name, p.phone ?? '', p.text ?? '', p.email ?? '']),
    ]),
    ...plan.reasons,
  ].join('\n');
}
