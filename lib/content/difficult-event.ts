import { guideSources } from './guide-sources';
import type { Localized } from './types';

/**
 * "After a difficult event": what the two guided paths say (research/content-facts-2.md, section 1;
 * content-facts.md, sections 2.4 and 1.4). Worded by this project; every screen names its sources.
 */

export const AFTER_EVENT_SOURCES = guideSources([
  'ucdavis',
  'mu-responses',
  'mu-stages',
  'mu-support',
  'mu-tiers',
  'fraser',
  'stanford',
  'ama-steps',
  'welldoc',
  'cmpa-colleagues',
  'cmpa-peer-support',
  'cma-continuum',
  'uottawa-peer-support',
]);

export type AfterEventSourceId = (typeof AFTER_EVENT_SOURCES)[number]['id'];

/** What a screen carries besides its text: each is a component in components/guides/DifficultEventTools.tsx. */
export type PathTool = 'touching-base' | 'physician-lines' | 'medico-legal' | 'take-a-minute' | 'who-to-call';

export interface PathScreen {
  id: string;
  title: Localized;
  items: Localized[];
  /** Said to avoid, shown as its own short list. */
  avoid?: Localized[];
  tool?: PathTool;
  sources: AfterEventSourceId[];
}

export type AfterEventPathId = 'colleague' | 'myself';

/** Reactions the sources call normal after an event, shared by both paths. */
const NORMAL_REACTIONS: Localized = {
  en: 'Common in the hours and days after: poor sleep, trouble concentrating, a racing heart, irritability, self-doubt, sadness or numbness.',
  fr: 'Fréquent dans les heures et jours suivants : sommeil perturbé, concentration difficile, cœur qui s’emballe, irritabilité, doute de soi, tristesse ou impression de vide.',
};
const NORMAL_WORRIES: Localized = {
  en: 'Worries are common too: is the patient all right, will there be a complaint or a lawsuit, what will colleagues think?',
  fr: 'Les inquiétudes aussi sont fréquentes : le patient ou la patiente va-t-il bien, y aura-t-il une plainte ou une poursuite, que penseront les collègues?',
};
const USUALLY_PASS: Localized = {
  en: 'These reactions usually ease. Something similar later (the same room, a patient with the same name) can bring them back for a while.',
  fr: 'Ces réactions s’atténuent en général. Une situation semblable plus tard (la même salle, un patient du même nom) peut les faire revenir pour un temps.',
};
const FEELINGS_NOT_FACTS: Localized = {
  en: 'Talk about feelings and coping, not the clinical details: those belong to quality review or risk management.',
  fr: 'Parlez des émotions et de la façon de tenir le coup, pas des détails cliniques. Ceux-ci relèvent de l’examen de la qualité ou de la gestion des risques.',
};
const CONFIDENTIALITY: Localized = {
  en: 'Peer support is private, except when someone’s safety is at risk. The CMPA warns that peer-support conversations can be disclosed in legal proceedings.',
  fr: 'Le soutien par les pairs est confidentiel, sauf si la sécurité d’une personne est menacée. L’ACPM prévient que ces conversations peuvent être divulguées dans une procédure judiciaire.',
};

export const AFTER_EVENT_PATHS: Record<AfterEventPathId, readonly PathScreen[]> = {
  colleague: [
    {
      id: 'reach-out',
      title: { en: 'Reach out early', fr: 'Prendre contact tôt' },
      items: [
        {
          en: 'Reach out the same day or the next. The colleagues who hear first are often the first support.',
          fr: 'Prenez contact le jour même ou le lendemain. Les collègues qui l’apprennent en premier sont souvent le premier soutien.',
        },
        {
          en: 'Find a quiet, private place away from the clinical area.',
          fr: 'Trouvez un endroit calme et privé, à l’écart de l’aire clinique.',
        },
        {
          en: 'Let them lead. Silence is fine.',
          fr: 'Laissez la personne mener. Les silences ne posent pas problème.',
        },
        {
          en: 'If you can, help cover their work so they can step away.',
          fr: 'Si possible, aidez à couvrir son travail pour qu’elle puisse s’éloigner un moment.',
        },
        {
          en: 'Ask whether you may check in again later today or tomorrow.',
          fr: 'Demandez si vous pouvez reprendre contact plus tard aujourd’hui ou demain.',
        },
      ],
      sources: ['ucdavis', 'mu-tiers', 'mu-support'],
    },
    {
      id: 'touching-base',
      title: { en: 'Send a touching-base message', fr: 'Envoyer un petit mot' },
      items: [
        {
          en: 'A short text or email opens the door without pressure. Edit it in your own words.',
          fr: 'Un court texto ou courriel ouvre la porte sans mettre de pression. Modifiez-le à votre façon.',
        },
      ],
      tool: 'touching-base',
      sources: ['stanford', 'ucdavis'],
    },
    {
      id: 'what-to-say',
      title: { en: 'What helps, what to avoid', fr: 'Ce qui aide, ce qu’il faut éviter' },
      items: [
        {
          en: 'Ask how they are feeling and what they need right now.',
          fr: 'Demandez comment la personne se sent et ce dont elle a besoin maintenant.',
        },
        {
          en: 'Say that it must have been hard.',
          fr: 'Reconnaissez que ça a dû être difficile.',
        },
        {
          en: 'Invite them to share only what they are comfortable sharing. Listen; you are not there to fix it.',
          fr: 'Invitez la personne à dire seulement ce qu’elle veut bien dire. Écoutez : vous n’êtes pas là pour régler le problème.',
        },
      ],
      avoid: [
        { en: '“Everything will be fine.”', fr: '«\u00a0Tout va bien aller.\u00a0»' },
        {
          en: '“Tell me exactly what happened.”',
          fr: '«\u00a0Raconte-moi exactement ce qui s’est passé.\u00a0»',
        },
        { en: '“It’s part of the job.”', fr: '«\u00a0Ça fait partie du métier.\u00a0»' },
      ],
      sources: ['ucdavis', 'ama-steps', 'welldoc'],
    },
    {
      id: 'feelings-not-facts',
      title: { en: 'Feelings, not clinical details', fr: 'Les émotions, pas les détails cliniques' },
      items: [
        FEELINGS_NOT_FACTS,
        {
          en: 'Do not share patient information: privacy duties still apply, even once a complaint or legal action has started.',
          fr: 'Ne communiquez aucun renseignement sur le patient ou la patiente : les obligations de confidentialité s’appliquent toujours, même après le début d’une plainte ou d’une poursuite.',
        },
        CONFIDENTIALITY,
      ],
      sources: ['mu-support', 'cmpa-colleagues', 'cmpa-peer-support'],
    },
    {
      id: 'normal',
      title: { en: 'What is normal', fr: 'Ce qui est normal' },
      items: [
        NORMAL_REACTIONS,
        NORMAL_WORRIES,
        USUALLY_PASS,
        {
          en: 'Telling them this is normal can help; it does not mean the event was unimportant.',
          fr: 'Lui dire que c’est normal peut aider; cela ne veut pas dire que l’événement était sans importance.',
        },
      ],
      sources: ['mu-responses', 'mu-stages', 'fraser'],
    },
    {
      id: 'more-help',
      title: { en: 'When to suggest more', fr: 'Quand proposer plus d’aide' },
      items: [
        {
          en: 'Any talk of suicide, self-harm or hopelessness: open the urgent help above, now.',
          fr: 'Toute allusion au suicide, à l’automutilation ou au désespoir : ouvrez l’aide urgente ci-dessus, maintenant.',
        },
        {
          en: 'If they need more than a colleague can give: their physician health program, the employee assistance program, or their own counsellor.',
          fr: 'Besoin de plus qu’un ou une collègue peut offrir? Son programme de santé des médecins, le programme d’aide aux employés ou son propre thérapeute.',
        },
      ],
      tool: 'physician-lines',
      sources: ['mu-tiers', 'ucdavis'],
    },
    {
      id: 'complaint',
      title: { en: 'A complaint or a legal worry', fr: 'Une plainte ou une inquiétude juridique' },
      items: [
        {
          en: 'Worried about a complaint or a lawsuit: the CMPA’s physician advisors.',
          fr: 'Inquiétude au sujet d’une plainte ou d’une poursuite : les médecins-conseils de l’ACPM.',
        },
      ],
      tool: 'medico-legal',
      sources: ['cmpa-colleagues', 'uottawa-peer-support'],
    },
  ],
  myself: [
    {
      id: 'normal',
      title: { en: 'What you feel is normal', fr: 'Ce que vous ressentez est normal' },
      items: [
        {
          en: 'Strong feelings after a hard event are a normal response to something abnormal.',
          fr: 'Des émotions fortes après un événement difficile sont une réaction normale à une situation qui ne l’est pas.',
        },
        NORMAL_REACTIONS,
        NORMAL_WORRIES,
        USUALLY_PASS,
      ],
      sources: ['mu-responses', 'mu-stages', 'fraser'],
    },
    {
      id: 'first-days',
      title: { en: 'The first days', fr: 'Les premiers jours' },
      items: [
        {
          en: 'If you can, step away for a while and ask a colleague to cover.',
          fr: 'Si possible, éloignez-vous un moment et demandez à un ou une collègue de vous remplacer.',
        },
        {
          en: 'Make a simple plan for the rest of the shift and for tonight.',
          fr: 'Faites un plan simple pour le reste du quart et pour ce soir.',
        },
        {
          en: 'Talk with a colleague you trust, ideally in a similar role, about how you feel rather than the clinical details.',
          fr: 'Parlez à un ou une collègue de confiance, idéalement dans un rôle semblable, de ce que vous ressentez plutôt que des détails cliniques.',
        },
        {
          en: 'Look after the basics: eat, take breaks, sleep when you can.',
          fr: 'Prenez soin de l’essentiel : mangez, prenez des pauses, dormez quand vous le pouvez.',
        },
      ],
      tool: 'take-a-minute',
      sources: ['ucdavis', 'fraser', 'mu-support', 'cma-continuum'],
    },
    {
      id: 'who-to-call',
      title: { en: 'Who to call', fr: 'Qui appeler' },
      items: [
        {
          en: 'Your physician health program is there for you too. Each line says whom it serves and when.',
          fr: 'Votre programme de santé des médecins est aussi là pour vous. Chaque ligne précise qui elle sert et quand.',
        },
      ],
      tool: 'who-to-call',
      sources: ['mu-tiers'],
    },
    {
      id: 'complaint',
      title: { en: 'A complaint or a legal worry', fr: 'Une plainte ou une inquiétude juridique' },
      items: [
        {
          en: 'Worried about a complaint or a lawsuit: the CMPA’s physician advisors.',
          fr: 'Inquiétude au sujet d’une plainte ou d’une poursuite : les médecins-conseils de l’ACPM.',
        },
        CONFIDENTIALITY,
      ],
      tool: 'medico-legal',
      sources: ['cmpa-colleagues', 'cmpa-peer-support'],
    },
  ],
};

/** The editable first message: an invitation, with no clinical detail in it (Stanford's "Touching base"). */
export const TOUCHING_BASE: { subject: Localized; body: Localized } = {
  subject: { en: 'Touching base', fr: 'Prendre des nouvelles' },
  body: {
    en: 'Hi, I heard today was a hard one and wanted to touch base. No need to go over what happened. Would a coffee or a call later today or tomorrow help? Either way, I’m around.',
    fr: 'Bonjour, j’ai su que la journée a été difficile et je voulais prendre de tes nouvelles. Pas besoin de revenir sur ce qui s’est passé. Un café ou un appel plus tard aujourd’hui ou demain, ça t’aiderait? Dans tous les cas, je suis là.',
  },
};

/** Programs that exist for clinicians after a difficult event (resources.ts ids), shown where they apply. */
export const AFTER_EVENT_PROGRAM_IDS = ['uottawa-resident-peer-support', 'toh-peer-mentoring'] as const;
