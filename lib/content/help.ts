import type { HelpSourceId } from './sources';
import type { Localized } from './types';

export type HelpStepId = 'hello' | 'empathize' | 'link' | 'plan';

export interface HelpStep {
  id: HelpStepId;
  letter: 'H' | 'E' | 'L' | 'P';
  title: Localized;
  summary: Localized;
  toDo: Localized[];
  phrases: Localized[];
  avoid: Localized[];
  sources: HelpSourceId[];
}

/**
 * HELP, in this project's own words. The CMA's wording of its HELP acronym was not available to us,
 * so these steps are written from the published guidance in `sources.ts`; the product says so.
 */
export const HELP_STEPS: readonly HelpStep[] = [
  {
    id: 'hello',
    letter: 'H',
    title: { en: 'Hello', fr: 'Aller vers l’autre (Hello)' },
    summary: {
      en: 'Pick a private moment, say what you noticed, and ask how they are really doing.',
      fr: 'Choisissez un moment en privé, dites ce que vous avez remarqué et demandez comment la personne va vraiment.',
    },
    toDo: [
      {
        en: 'Check in with yourself first: go when you can give them your full attention.',
        fr: 'Faites d’abord le point sur vous-même : allez-y quand vous pouvez lui accorder toute votre attention.',
      },
      {
        en: 'Find a quiet, private moment: a coffee, a walk to the car, a call after the shift.',
        fr: 'Trouvez un moment calme et privé : un café, quelques pas jusqu’à la voiture, un appel après le quart.',
      },
      {
        en: 'Name one or two specific things you noticed, without judging.',
        fr: 'Nommez une ou deux choses précises que vous avez remarquées, sans juger.',
      },
      {
        en: 'Ask an open question, then give them time to answer.',
        fr: 'Posez une question ouverte, puis laissez-lui le temps de répondre.',
      },
    ],
    phrases: [
      {
        en: 'I’ve noticed you seem really tired lately. How are you doing?',
        fr: 'J’ai remarqué que tu sembles très fatigué ces temps-ci. Comment ça va?',
      },
      {
        en: 'That case looked rough. Want to grab a coffee and talk?',
        fr: 'Ce cas avait l’air difficile. On prend un café et on en parle?',
      },
      {
        en: 'I wanted to check in with you. How are things really going?',
        fr: 'Je voulais prendre de tes nouvelles. Comment ça va, vraiment?',
      },
      {
        en: 'I’ve had stretches like this myself. I’m here if you want to talk.',
        fr: 'J’ai déjà passé par des périodes comme ça. Je suis là si tu veux en parler.',
      },
    ],
    avoid: [
      {
        en: 'A quick “Everything OK?” in the hallway: it invites “I’m fine.”',
        fr: 'Un rapide « Ça va? » dans le corridor : on vous répondra « Oui, ça va ».',
      },
      {
        en: 'Raising it in front of others or in the middle of a rush.',
        fr: 'En parler devant d’autres personnes ou en plein rush.',
      },
      {
        en: 'Opening with a diagnosis or a list of what they are doing wrong.',
        fr: 'Commencer par un diagnostic ou par la liste de ce qui ne va pas.',
      },
    ],
    sources: ['ucalgary', 'bhmsa', 'acep', 'ruok', 'racgp'],
  },
  {
    id: 'empathize',
    letter: 'E',
    title: { en: 'Empathize', fr: 'Écouter avec empathie (Empathize)' },
    summary: {
      en: 'Listen and be present. You are not there to fix, judge or minimize.',
      fr: 'Écoutez et soyez présent. Vous n’êtes pas là pour régler, juger ou minimiser.',
    },
    toDo: [
      {
        en: 'Let them do most of the talking. Do not interrupt or rush.',
        fr: 'Laissez la personne parler le plus. Ne l’interrompez pas, ne la pressez pas.',
      },
      {
        en: 'Say back what you heard, in your own words.',
        fr: 'Redites ce que vous avez entendu, dans vos propres mots.',
      },
      {
        en: 'Acknowledge that the work is hard and that their feelings make sense.',
        fr: 'Reconnaissez que le travail est dur et que ses émotions ont du sens.',
      },
      {
        en: 'Stay calm and keep your attention on them, not on your phone.',
        fr: 'Restez calme et gardez votre attention sur la personne, pas sur votre téléphone.',
      },
    ],
    phrases: [
      { en: 'That sounds really hard.', fr: 'Ça a l’air vraiment difficile.' },
      { en: 'It makes sense that you feel that way.', fr: 'C’est normal de te sentir comme ça.' },
      { en: 'Tell me more about what that was like.', fr: 'Raconte-moi comment tu l’as vécu.' },
      { en: 'I’m glad you told me.', fr: 'Je suis content que tu m’en parles.' },
      { en: 'You are not the only one who has felt this.', fr: 'Tu n’es pas le seul à avoir ressenti ça.' },
    ],
    avoid: [
      {
        en: 'Jumping in with solutions or advice.',
        fr: 'Proposer tout de suite des solutions ou des conseils.',
      },
      {
        en: 'Minimizing or comparing: “It could be worse”, “Everyone goes through that.”',
        fr: 'Minimiser ou comparer : « Ça pourrait être pire », « Tout le monde passe par là ».',
      },
      {
        en: 'Looking shocked or judging what they share.',
        fr: 'Avoir l’air choqué ou juger ce que la personne confie.',
      },
      {
        en: 'Asking for case details. Talk about how they are, not the clinical facts.',
        fr: 'Demander les détails du cas. Parlez de comment elle va, pas des faits cliniques.',
      },
    ],
    sources: ['welldoc', 'rise', 'fasap', 'cmpa'],
  },
  {
    id: 'link',
    letter: 'L',
    title: { en: 'Link', fr: 'Orienter vers l’aide (Link)' },
    summary: {
      en: 'Connect them with support, offer to make the call together, and ask directly about suicide if you are worried.',
      fr: 'Mettez la personne en lien avec du soutien, offrez de faire l’appel ensemble et posez directement la question du suicide si vous êtes inquiet.',
    },
    toDo: [
      {
        en: 'Suggest support that fits: a physician health program, peer support, their own family doctor.',
        fr: 'Suggérez une aide adaptée : un programme de santé des médecins, du soutien par les pairs, son propre médecin de famille.',
      },
      {
        en: 'Offer to look up the number together, or to sit with them while they call.',
        fr: 'Offrez de chercher le numéro ensemble, ou de rester à côté pendant l’appel.',
      },
      {
        en: 'If you are worried about their safety, ask directly about suicide. Asking does not put the idea in their head.',
        fr: 'Si vous craignez pour sa sécurité, posez directement la question du suicide. La poser ne donne pas l’idée.',
      },
      {
        en: 'Respect their choice to accept or decline help, except in an emergency.',
        fr: 'Respectez son choix d’accepter ou non de l’aide, sauf en cas d’urgence.',
      },
    ],
    phrases: [
      {
        en: 'Would it help if we called the physician health program together, right now?',
        fr: 'Est-ce que ça t’aiderait qu’on appelle le programme d’aide aux médecins ensemble, maintenant?',
      },
      {
        en: 'Lots of us have used these programs. They are confidential.',
        fr: 'Beaucoup d’entre nous ont fait appel à ces programmes. Ils sont confidentiels.',
      },
      {
        en: 'Sometimes when people feel this low, they think about suicide. Are you thinking about suicide?',
        fr: 'Parfois, quand on se sent aussi mal, on pense au suicide. Est-ce que tu penses au suicide?',
      },
      {
        en: 'You deserve the same care you give your patients.',
        fr: 'Tu mérites les mêmes soins que ceux que tu donnes à tes patients.',
      },
    ],
    avoid: [
      {
        en: 'Handing over a list of names and walking away.',
        fr: 'Remettre une liste de noms et repartir.',
      },
      {
        en: 'Promising to keep it secret when their safety is at risk.',
        fr: 'Promettre le secret quand sa sécurité est en jeu.',
      },
      {
        en: 'Acting as their therapist or treating physician.',
        fr: 'Jouer le rôle de thérapeute ou de médecin traitant.',
      },
      {
        en: 'Being their only source of support.',
        fr: 'Être sa seule source de soutien.',
      },
    ],
    sources: ['ucalgary', 'doc-to-doc', 'mdedge', 'unc-spi', 'fasap'],
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
        fr: 'Convenez d’un moment et d’un moyen pour reprendre contact : un texto, un appel, un café.',
      },
      {
        en: 'Check in sooner if they are struggling.',
        fr: 'Reprenez contact plus tôt si la personne va mal.',
      },
      {
        en: 'If they brushed it off, come back to it later, with care.',
        fr: 'Si elle a esquivé la question, revenez-y plus tard, avec bienveillance.',
      },
      {
        en: 'Look after yourself too: talk it over with someone you trust.',
        fr: 'Prenez soin de vous aussi : parlez-en à une personne de confiance.',
      },
    ],
    phrases: [
      {
        en: 'Can I text you tomorrow after your shift to see how you’re doing?',
        fr: 'Je peux t’écrire demain après ton quart pour voir comment tu vas?',
      },
      { en: 'Let’s grab a coffee on Friday.', fr: 'On prend un café vendredi?' },
      {
        en: 'I’ll check in next week, and you can reach me any time before then.',
        fr: 'Je te relance la semaine prochaine, et tu peux me joindre n’importe quand d’ici là.',
      },
      { en: 'Thanks for talking with me.', fr: 'Merci d’avoir pris le temps de m’en parler.' },
    ],
    avoid: [
      {
        en: 'Forgetting to follow up: the check-in is part of the help.',
        fr: 'Oublier de faire le suivi : il fait partie de l’aide.',
      },
      {
        en: 'Pushing if they are not ready. Let them know you are there.',
        fr: 'Insister si la personne n’est pas prête. Dites-lui que vous êtes là.',
      },
      {
        en: 'Sharing what they told you, unless someone’s safety is at risk.',
        fr: 'Répéter ce qu’elle vous a confié, sauf si la sécurité de quelqu’un est en jeu.',
      },
    ],
    sources: ['ruok', 'cma-buddy', 'oma-buddy', 'unc-spi'],
  },
];

export function helpStepIndex(id: HelpStepId): number {
  return HELP_STEPS.findIndex((step) => step.id === id);
}
