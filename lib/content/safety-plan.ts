import type { PlanStepId } from '../safety-plan/safety-plan';
import type { Localized } from './types';

/**
 * The safety plan's steps in this project's own plain words, and one line each on what the step is
 * for. Written from the Safety Planning Intervention as Stanley and Brown describe it (six steps, in
 * order, from what one can do alone to professionals, then a safer place) and from the reasons for
 * living of Stay Alive and the Virtual Hope Box (research/anchors-mission.md A3, A5). The sources
 * read are listed in the helper's research notes for issue 20.
 */
export const SAFETY_PLAN_REVIEWED = '2026-12-04';

const SPI_2012 = 'https://doi.org/10.1016/j.cbpra.2011.01.001';
const SPI_STEPS = 'https://sprc.sebale.net/news/safety-planning-intervention-versus-usual-care/';
const SPI_TEACHING =
  'https://sites.google.com/site/drbinggelistherapyresources/psychosocial-issues/suicide-prevention/safety-planning';

export interface PlanGuide {
  title: Localized;
  /** What the step is for, in one line. */
  purpose: Localized;
  sourceUrl: string;
  reviewed: string;
}

export type PlanPartId = PlanStepId | 'reasons';

export const PLAN_GUIDES: Record<PlanPartId, PlanGuide> = {
  warningSigns: {
    title: { en: 'My warning signs', fr: 'Mes signaux d’alerte' },
    purpose: {
      en: 'The thoughts, moods or situations that tell me a crisis may be building, so I know to open this plan.',
      fr: 'Les pensées, humeurs ou situations qui m’indiquent qu’une crise se prépare, pour savoir quand ouvrir ce plan.',
    },
    sourceUrl: SPI_TEACHING,
    reviewed: SAFETY_PLAN_REVIEWED,
  },
  onMyOwn: {
    title: { en: 'Things I can do on my own', fr: 'Ce que je peux faire par moi-même' },
    purpose: {
      en: 'Simple things I can do alone to take my mind off my problems, without having to reach anyone.',
      fr: 'Des gestes simples à faire par moi-même pour me changer les idées, sans devoir joindre personne.',
    },
    sourceUrl: SPI_TEACHING,
    reviewed: SAFETY_PLAN_REVIEWED,
  },
  distractions: {
    title: {
      en: 'People and places that take my mind off things',
      fr: 'Des personnes et des lieux qui me changent les idées',
    },
    purpose: {
      en: 'Company and places that distract me. I do not have to tell anyone there how I feel.',
      fr: 'De la compagnie et des lieux qui me distraient. Je n’ai pas à y dire comment je me sens.',
    },
    sourceUrl: SPI_2012,
    reviewed: SAFETY_PLAN_REVIEWED,
  },
  askForHelp: {
    title: { en: 'People I can ask for help', fr: 'Des personnes à qui demander de l’aide' },
    purpose: {
      en: 'People I trust to tell that I am struggling, who can help me get through it.',
      fr: 'Des personnes de confiance à qui dire que ça ne va pas, et qui peuvent m’aider à traverser ce moment.',
    },
    sourceUrl: SPI_2012,
    reviewed: SAFETY_PLAN_REVIEWED,
  },
  professionals: {
    title: { en: 'Professionals and lines', fr: 'Des professionnels et des lignes d’aide' },
    purpose: {
      en: 'My own clinicians, my physician health program and crisis lines, for when the steps above are not enough.',
      fr: 'Mes propres soignants, mon programme de santé des médecins et les lignes de crise, quand les étapes précédentes ne suffisent pas.',
    },
    sourceUrl: SPI_STEPS,
    reviewed: SAFETY_PLAN_REVIEWED,
  },
  saferSurroundings: {
    title: { en: 'Making my surroundings safer', fr: 'Rendre mon environnement plus sûr' },
    purpose: {
      en: 'Ways to put distance, ahead of time, between me and what I could use to hurt myself.',
      fr: 'Des moyens de mettre à distance, d’avance, ce que je pourrais utiliser pour me faire du mal.',
    },
    sourceUrl: SPI_STEPS,
    reviewed: SAFETY_PLAN_REVIEWED,
  },
  reasons: {
    title: { en: 'Reasons to keep going', fr: 'Mes raisons de continuer' },
    purpose: {
      en: 'The people, hopes and things that matter to me, to read when they are hard to remember.',
      fr: 'Les personnes, les espoirs et les choses qui comptent pour moi, à relire quand ils sont difficiles à se rappeler.',
    },
    sourceUrl: 'https://stayalive.prevent-suicide.org.uk/evidence',
    reviewed: SAFETY_PLAN_REVIEWED,
  },
};

/** Above the plan: what it is, how to use it, and what it is not. */
export const PLAN_ABOUT: Record<'intro' | 'withClinician' | 'notCrisis', PlanGuide['purpose']> & {
  sourceUrl: string;
  reviewed: string;
} = {
  intro: {
    en: 'A plan made ahead, in my own words, for when thinking is hardest. Start at step 1, and go on if a step does not help.',
    fr: 'Un plan fait d’avance, dans mes mots, pour les moments où réfléchir est le plus difficile. Commencez à l’étape 1, et continuez si une étape n’aide pas.',
  },
  withClinician: {
    en: 'A plan works best made or reviewed with a clinician you trust. It adds to care; it does not stand in for it.',
    fr: 'Un plan fonctionne mieux s’il est fait ou revu avec un clinicien ou une clinicienne de confiance. Il s’ajoute aux soins; il ne les remplace pas.',
  },
  notCrisis: {
    en: 'Been There is not a crisis service. In danger now? Call the crisis line or 911 above.',
    fr: 'Been There n’est pas un service de crise. En danger maintenant? Composez le numéro de la ligne de crise ou le 911 ci-dessus.',
  },
  sourceUrl: SPI_2012,
  reviewed: SAFETY_PLAN_REVIEWED,
};
