import type { HelpSourceId } from './sources';
import type { Localized } from './types';

export type HelpStepId = 'hello' | 'empathize' | 'link' | 'plan';

/** What a step says: things to do, phrases, things to avoid. */
export interface HelpAdvice {
  toDo: Localized[];
  phrases: Localized[];
  avoid: Localized[];
}

/**
 * A HELP step. The core (summary and the lists at the top level) is what a clinician reads in the
 * minute between patients: at most 3 things to do, 2 or 3 phrases, at most 2 things to avoid, so it
 * fits one popup screen in English and French. The rest waits behind "More on this step".
 */
export interface HelpStep extends HelpAdvice {
  id: HelpStepId;
  letter: 'H' | 'E' | 'L' | 'P';
  title: Localized;
  summary: Localized;
  more: HelpAdvice;
  sources: HelpSourceId[];
}

/**
 * HELP, in this project's own words. The CMA's wording of its HELP acronym was not available to us,
 * so these steps are written from the published guidance in `sources.ts`; the product says so.
 * French follows the OQLF: a non-breaking space (U+00A0) before ":" and inside « », none before ? ! ;.
 */
export const HELP_STEPS: readonly HelpStep[] = [
  {
    id: 'hello',
    letter: 'H',
    title: { en: 'Hello', fr: 'Aller vers l’autre (Hello)' },
    summary: {
      en: 'Find a private moment, name what you noticed, and ask how they really are.',
      fr: 'Trouvez un moment en privé, nommez ce que vous avez remarqué et demandez comment la personne va vraiment.',
    },
    toDo: [
      {
        en: 'Check in with yourself first: go when you can give them your full attention.',
        fr: 'Faites d’abord le point sur vous-même\u00a0: allez-y quand vous pouvez lui accorder toute votre attention.',
      },
      {
        en: 'Find a quiet, private moment: a coffee, a short walk, a call after the shift.',
        fr: 'Trouvez un moment calme et privé\u00a0: un café, quelques pas ensemble, un appel après le quart de travail.',
      },
      {
        en: 'Name one specific thing you noticed, without judging, then ask an open question.',
        fr: 'Nommez une chose précise que vous avez remarquée, sans juger, puis posez une question ouverte.',
      },
    ],
    phrases: [
      {
        en: 'You’ve seemed really tired lately. How are you doing?',
        fr: 'Je trouve que tu manques d’énergie ces temps-ci. Comment ça va?',
      },
      {
        en: 'I wanted to check in with you. How are things really going?',
        fr: 'Je voulais prendre de tes nouvelles. Comment ça va, vraiment?',
      },
    ],
    avoid: [
      {
        en: 'A quick “Everything OK?” in the hallway: it invites “I’m fine.”',
        fr: 'Un rapide «\u00a0Ça va?\u00a0» dans le corridor\u00a0: on vous répondra «\u00a0Oui, ça va\u00a0».',
      },
      {
        en: 'Raising it in front of others or in the middle of a busy moment.',
        fr: 'En parler devant d’autres personnes ou dans le feu de l’action.',
      },
    ],
    more: {
      toDo: [
        {
          en: 'Give them time to answer. Silence is fine.',
          fr: 'Laissez-lui le temps de répondre. Un silence n’a rien d’inquiétant.',
        },
      ],
      phrases: [
        {
          en: 'That case looked rough. Want to grab a coffee and talk?',
          fr: 'Ce cas avait l’air difficile. On prend un café et on en parle?',
        },
        {
          en: 'I’ve had stretches like this myself. I’m here if you want to talk.',
          fr: 'J’ai déjà traversé des périodes comme ça. Je suis là si tu veux en parler.',
        },
      ],
      avoid: [
        {
          en: 'Opening with a diagnosis or a list of what they are doing wrong.',
          fr: 'Commencer par un diagnostic ou par la liste de ce que la personne fait mal.',
        },
      ],
    },
    sources: ['cma-informal-peer-support', 'cma-distressed', 'ucalgary', 'bhmsa', 'acep', 'ruok', 'racgp'],
  },
  {
    id: 'empathize',
    letter: 'E',
    title: { en: 'Empathize', fr: 'Écouter avec empathie (Empathize)' },
    summary: {
      en: 'Listen and be present. You are not there to fix, judge or minimize.',
      fr: 'Écoutez et soyez là. Votre rôle n’est pas de tout régler, de juger ni de minimiser.',
    },
    toDo: [
      {
        en: 'Let them do most of the talking. Do not interrupt or rush.',
        fr: 'Laissez surtout parler la personne, sans l’interrompre ni la presser.',
      },
      {
        en: 'Say back what you heard, in your own words.',
        fr: 'Reformulez ce que vous avez entendu, dans vos propres mots.',
      },
      {
        en: 'Acknowledge that the work is hard and that their feelings make sense.',
        fr: 'Reconnaissez que le travail est dur et que ses émotions sont légitimes.',
      },
    ],
    phrases: [
      { en: 'That sounds really hard.', fr: 'Ça a l’air vraiment difficile.' },
      { en: 'It makes sense that you feel that way.', fr: 'C’est normal de te sentir comme ça.' },
      { en: 'Tell me more about what that was like.', fr: 'Raconte-moi comment tu l’as vécu.' },
    ],
    avoid: [
      {
        en: 'Minimizing or comparing: “It could be worse.”',
        fr: 'Minimiser ou comparer\u00a0: «\u00a0Ça pourrait être pire\u00a0».',
      },
      {
        en: 'Asking for case details. Talk about how they are, not the clinical facts.',
        fr: 'Demander les détails du cas. Parlez de ce que la personne vit, pas des faits cliniques.',
      },
    ],
    more: {
      toDo: [
        {
          en: 'Stay calm and keep your attention on them, not on your phone.',
          fr: 'Restez calme et gardez votre attention sur la personne, pas sur votre téléphone.',
        },
      ],
      phrases: [
        { en: 'I’m glad you told me.', fr: 'Merci de m’en avoir parlé.' },
        {
          en: 'You are not the only one who has felt this.',
          fr: 'Tu n’es pas la seule personne à avoir ressenti ça.',
        },
      ],
      avoid: [
        {
          en: 'Jumping in with solutions or advice.',
          fr: 'Proposer tout de suite des solutions ou des conseils.',
        },
        {
          en: 'Looking shocked or judging what they share.',
          fr: 'Réagir avec stupeur ou juger ce que la personne confie.',
        },
        {
          en: 'Taking notes. What is said in peer support can be disclosed in legal proceedings.',
          fr: 'Prendre des notes. Ce qui se dit en soutien par les pairs peut être divulgué dans une procédure judiciaire.',
        },
      ],
    },
    sources: ['welldoc', 'rise', 'fasap', 'cmpa'],
  },
  {
    id: 'link',
    letter: 'L',
    title: { en: 'Link', fr: 'Orienter vers l’aide (Link)' },
    summary: {
      en: 'Connect them with support, and ask directly about suicide if you fear for their safety.',
      fr: 'Orientez la personne vers du soutien et, si vous craignez pour sa sécurité, posez directement la question du suicide.',
    },
    toDo: [
      {
        en: 'Suggest support that fits: a physician health program, peer support, their own family doctor.',
        fr: 'Suggérez une aide adaptée\u00a0: un programme de santé des médecins, du soutien par les pairs, son médecin de famille.',
      },
      {
        en: 'Offer to look up the number together, or to sit with them while they call.',
        fr: 'Offrez de chercher le numéro ensemble, ou de rester à ses côtés pendant l’appel.',
      },
      {
        en: 'If you fear for their safety, ask directly about suicide. Asking does not put the idea in their head.',
        fr: 'Si vous craignez pour sa sécurité, posez directement la question du suicide. La poser ne lui en donne pas l’idée.',
      },
    ],
    phrases: [
      {
        en: 'Would it help if we called the physician health program together, right now?',
        fr: 'Est-ce que ça t’aiderait qu’on appelle ensemble le programme de santé des médecins, maintenant?',
      },
      {
        en: 'These programs are made for people like us. They usually promise confidentiality, except in legal proceedings or when someone’s safety is at risk.',
        fr: 'Ces programmes sont faits pour nous. En général, ils promettent la confidentialité, sauf en justice ou si la sécurité de quelqu’un est en jeu.',
      },
      {
        en: 'Sometimes when people feel this low, they think about suicide. Are you thinking about suicide?',
        fr: 'Parfois, quand on se sent aussi mal, on pense au suicide. Est-ce que tu penses au suicide?',
      },
    ],
    avoid: [
      {
        en: 'Promising secrecy. Safety comes first, and peer-support talks can be disclosed in legal proceedings.',
        fr: 'Promettre le secret. La sécurité passe d’abord, et une conversation entre pairs peut être divulguée en justice.',
      },
      {
        en: 'Handing over a list of names and walking away.',
        fr: 'Remettre une liste de noms et repartir.',
      },
    ],
    more: {
      toDo: [
        {
          en: 'Respect their choice to accept or decline help, except in an emergency.',
          fr: 'Respectez son choix d’accepter ou non de l’aide, sauf en cas d’urgence.',
        },
      ],
      phrases: [
        {
          en: 'You deserve the same care you give your patients.',
          fr: 'Tu mérites les mêmes soins que ceux que tu offres à ta patientèle.',
        },
      ],
      avoid: [
        {
          en: 'Acting as their therapist or treating physician.',
          fr: 'Jouer le rôle de thérapeute ou de médecin traitant.',
        },
        {
          en: 'Being their only source of support.',
          fr: 'Être sa seule source de soutien.',
        },
      ],
    },
    sources: ['cma-distressed', 'ucalgary', 'doc-to-doc', 'mdedge', 'unc-spi', 'fasap', 'cmpa'],
  },
  {
    id: 'plan',
    letter: 'P',
    title: { en: 'Plan', fr: 'Prévoir un suivi (Plan)' },
    summary: {
      en: 'Agree on when you will check in again, and do it.',
      fr: 'Convenez du moment où vous reprendrez contact, et faites-le.',
    },
    toDo: [
      {
        en: 'Agree on a time and a way to check in: a text, a call, a coffee.',
        fr: 'Convenez d’un moment et d’un moyen pour reprendre contact\u00a0: un texto, un appel, un café.',
      },
      {
        en: 'Check in sooner if they are struggling.',
        fr: 'Reprenez contact plus tôt si la personne va mal.',
      },
      {
        en: 'Look after yourself too: talk about how you feel, not about what they told you.',
        fr: 'Prenez soin de vous aussi\u00a0: parlez de ce que vous ressentez, pas de ce qu’on vous a confié.',
      },
    ],
    phrases: [
      {
        en: 'Can I text you tomorrow after your shift to see how you’re doing?',
        fr: 'Je peux t’écrire demain après ton quart pour voir comment tu vas?',
      },
      {
        en: 'I’ll check in next week, and you can reach me any time before then.',
        fr: 'Je vais prendre de tes nouvelles la semaine prochaine. Tu peux me joindre n’importe quand d’ici là.',
      },
    ],
    avoid: [
      {
        en: 'Forgetting to follow up: the check-in is part of the help.',
        fr: 'Oublier de faire le suivi\u00a0: il fait partie de l’aide.',
      },
      {
        en: 'Sharing what they told you, unless someone’s safety is at risk.',
        fr: 'Répéter ce que la personne vous a confié, sauf si la sécurité de quelqu’un est en jeu.',
      },
    ],
    more: {
      toDo: [
        {
          en: 'If they brushed it off, come back to it later, with care.',
          fr: 'Si la personne a esquivé la question, revenez-y plus tard, avec bienveillance.',
        },
        {
          en: 'If it stays with you, several physician health programs also take calls from people worried about a colleague.',
          fr: 'Si cela vous pèse, plusieurs programmes de santé des médecins répondent aussi aux personnes inquiètes pour un ou une collègue.',
        },
      ],
      phrases: [
        { en: 'Let’s grab a coffee on Friday.', fr: 'On prend un café vendredi?' },
        { en: 'Thanks for talking with me.', fr: 'Merci d’avoir pris le temps de m’en parler.' },
      ],
      avoid: [
        {
          en: 'Pushing if they are not ready. Let them know you are there.',
          fr: 'Insister si la personne n’est pas prête. Dites-lui que vous êtes là.',
        },
      ],
    },
    sources: ['ruok', 'cma-buddy', 'oma-buddy', 'unc-spi', 'cmpa'],
  },
];

export function helpStepIndex(id: HelpStepId): number {
  return HELP_STEPS.findIndex((step) => step.id === id);
}
