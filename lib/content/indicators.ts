import type { Localized } from './types';
import type { UrgentKind } from './urgent-kinds';

export { URGENT_KINDS, type UrgentKind } from './urgent-kinds';

export type IndicatorGroupId = 'physical' | 'behaviour' | 'work' | 'safety';
export type SignsMode = 'colleague' | 'myself';

export interface Indicator {
  id: string;
  group: IndicatorGroupId;
  /** The same sign, worded about a colleague and about oneself. */
  label: Record<SignsMode, Localized>;
  /** Red flags escalate at once. Every sign in the safety group is one. */
  redFlag: boolean;
  /** Which urgent block a red flag opens. */
  urgent?: UrgentKind;
  /** What a colleague might say they noticed, to fit "I've noticed … lately" (not for red flags). */
  noticed?: Localized;
}

export interface IndicatorGroup {
  id: IndicatorGroupId;
  title: Localized;
  /** What the group asks of the reader, under its title, read before its signs. */
  lead?: Localized;
  /** Where the group comes from, in a short line under it. */
  sourceNote: Localized;
  sourceUrls: string[];
}

/**
 * Groups as the sources group them (research/content-facts.md, sections 3.2 and 6.1). Safety comes
 * first: any one of its signs needs action now, so it is what a reader must not have to scroll to.
 */
export const INDICATOR_GROUPS: readonly IndicatorGroup[] = [
  {
    id: 'safety',
    title: { en: 'Safety', fr: 'Sécurité' },
    // Above its signs: first in the list, it would otherwise meet a reader checking on themselves
    // with its hardest signs and no word on why they come first.
    lead: {
      en: 'Any one of these needs action now.',
      fr: 'Chacun de ces signes est urgent.',
    },
    sourceNote: {
      en: 'Safety-risk signs from “More Feet on the Ground” and suicide-prevention guidance.',
      fr: 'Signes de risque pour la sécurité tirés de «\u00a0More Feet on the Ground\u00a0» et de conseils en prévention du suicide.',
    },
    sourceUrls: [
      'https://brocku.ca/mental-health/signs-of-distress/',
      'https://cumming.ucalgary.ca/office/professionalism-equity-diversity/wellness/assisting-colleague-distress',
      'https://www.dspo.mil/Tools/Family-Friends/',
      'https://www.texmed.org/Template.aspx?id=60409',
      'https://www.ama-assn.org/delivering-care/ethics/physician-responsibilities-impaired-colleagues',
    ],
  },
  {
    id: 'physical',
    title: { en: 'Physical', fr: 'Signes physiques' },
    sourceNote: {
      en: 'From the Canadian Medical Association’s list of physical signs.',
      fr: 'D’après la liste de signes physiques de l’Association médicale canadienne.',
    },
    sourceUrls: ['https://www.cma.ca/physician-wellness-hub/topics/relationships'],
  },
  {
    id: 'behaviour',
    title: { en: 'Behaviour and emotions', fr: 'Comportement et émotions' },
    sourceNote: {
      en: 'From the Canadian Medical Association’s list of behavioural and emotional signs.',
      fr: 'D’après la liste de signes comportementaux et émotionnels de l’Association médicale canadienne.',
    },
    sourceUrls: ['https://www.cma.ca/physician-wellness-hub/topics/relationships'],
  },
  {
    id: 'work',
    title: { en: 'Work', fr: 'Travail' },
    sourceNote: {
      en: 'Adapted to work from the academic signs of the “More Feet on the Ground” framework.',
      fr: 'Signes liés aux études, tirés du cadre «\u00a0More Feet on the Ground\u00a0» et adaptés au travail.',
    },
    sourceUrls: ['https://brocku.ca/mental-health/signs-of-distress/'],
  },
];

type Row = [
  id: string,
  group: IndicatorGroupId,
  colleague: Localized,
  myself: Localized,
  noticed?: Localized,
];

// prettier-ignore -- one row a sign reads as a table; wrapping it would hide the pairs.
const ROWS: Row[] = [
  [
    'appearance',
    'physical',
    { en: 'Appearance or hygiene has slipped', fr: 'Son apparence ou son hygiène se sont dégradées' },
    { en: 'I have let my appearance or hygiene slip', fr: 'J’ai négligé mon apparence ou mon hygiène' },
    { en: 'you’re taking less care of yourself', fr: 'tu prends moins soin de toi' },
  ],
  [
    'exhausted',
    'physical',
    { en: 'Seems exhausted, nodding off at work', fr: 'Semble à bout de forces, s’endort au travail' },
    { en: 'I am exhausted, nodding off at work', fr: 'Je suis à bout de forces, je m’endors au travail' },
    { en: 'you seem really tired', fr: 'tu sembles manquer d’énergie' },
  ],
  [
    'sleep',
    'physical',
    {
      en: 'Sleeping much less or much more than usual',
      fr: 'Dort beaucoup moins ou beaucoup plus que d’habitude',
    },
    {
      en: 'I sleep much less or much more than usual',
      fr: 'Je dors beaucoup moins ou beaucoup plus que d’habitude',
    },
    { en: 'your sleep seems off', fr: 'ton sommeil semble perturbé' },
  ],
  [
    'appetite',
    'physical',
    { en: 'Eating much more or much less', fr: 'Mange beaucoup plus ou beaucoup moins' },
    { en: 'My appetite has changed a lot', fr: 'Mon appétit a beaucoup changé' },
    { en: 'your eating seems different', fr: 'ton appétit semble avoir changé' },
  ],
  [
    'injuries',
    'physical',
    {
      en: 'Visible cuts, bruises or burns, or heavy sweating',
      fr: 'Coupures, bleus ou brûlures visibles, ou transpiration abondante',
    },
    {
      en: 'I have cuts, bruises or burns, or I sweat heavily',
      fr: 'J’ai des coupures, des bleus ou des brûlures, ou je transpire beaucoup',
    },
    { en: 'you’ve had some cuts or bruises', fr: 'tu as eu des coupures ou des bleus' },
  ],
  [
    'aches',
    'physical',
    {
      en: 'Frequent headaches, back pain, or a stiff neck and shoulders',
      fr: 'Maux de tête, maux de dos ou raideurs au cou et aux épaules fréquents',
    },
    {
      en: 'I often have headaches, back pain, or a stiff neck and shoulders',
      fr: 'J’ai souvent mal à la tête, au dos, ou des raideurs au cou et aux épaules',
    },
    { en: 'you’ve been having a lot of headaches or pain', fr: 'tu as souvent mal à la tête ou au dos' },
  ],
  [
    'confused',
    'physical',
    {
      en: 'Confused or disorganized; speech fast or slurred',
      fr: 'Idées confuses, désorganisation; élocution rapide ou pâteuse',
    },
    {
      en: 'I feel confused or disorganized; my speech is fast or slurred',
      fr: 'J’ai les idées confuses, du mal à m’organiser; mon élocution est rapide ou pâteuse',
    },
    { en: 'things seem a bit scattered for you', fr: 'tu sembles avoir du mal à t’organiser' },
  ],
  [
    'eye-contact',
    'physical',
    { en: 'Avoids eye contact', fr: 'Évite de croiser le regard' },
    { en: 'I avoid eye contact', fr: 'J’évite de croiser le regard des autres' },
    { en: 'you seem a bit distant', fr: 'tu sembles un peu ailleurs' },
  ],
  [
    'restless',
    'physical',
    { en: 'Shaking, fidgeting, twitching or pacing', fr: 'Tremble, gigote, a des tics ou fait les cent pas' },
    {
      en: 'I am shaky, fidgety, twitchy or pacing',
      fr: 'Je tremble, je gigote, j’ai des tics ou je fais les cent pas',
    },
    { en: 'you seem on edge', fr: 'tu as l’air à cran' },
  ],
  [
    'substances',
    'physical',
    { en: 'Drinking or using substances more', fr: 'Boit ou consomme davantage' },
    { en: 'I am drinking or using substances more', fr: 'Je bois ou je consomme davantage' },
    { en: 'you seem to be drinking or using more', fr: 'tu sembles boire ou consommer davantage' },
  ],
  [
    'anxious',
    'behaviour',
    { en: 'Very anxious or irritable', fr: 'Grande anxiété ou irritabilité' },
    { en: 'I am very anxious or irritable', fr: 'Je ressens une grande anxiété ou de l’irritabilité' },
    { en: 'you seem really stressed', fr: 'le stress semble te peser' },
  ],
  [
    'talks-distress',
    'behaviour',
    {
      en: 'Talks about troubles: family, a loss, money, career',
      fr: 'Parle de ses difficultés\u00a0: famille, deuil, argent, carrière',
    },
    {
      en: 'My mind keeps going to troubles: family, a loss, money, career',
      fr: 'Je pense sans cesse à mes difficultés\u00a0: famille, deuil, argent, carrière',
    },
    { en: 'you’ve got a lot going on', fr: 'tu as beaucoup de choses sur les épaules' },
  ],
  [
    'emotions',
    'behaviour',
    {
      en: 'Struggles to keep emotions in check: tears, a short fuse, harsh remarks',
      fr: 'A du mal à contenir ses émotions\u00a0: larmes, impatience, remarques blessantes',
    },
    {
      en: 'I struggle to keep my emotions in check: tears, a short fuse, harsh remarks',
      fr: 'J’ai du mal à contenir mes émotions\u00a0: larmes, impatience, remarques blessantes',
    },
    { en: 'things seem to be getting to you', fr: 'les choses semblent te toucher davantage' },
  ],
  [
    'worthless',
    'behaviour',
    {
      en: 'Seems hopeless or worthless; has lost interest or purpose',
      fr: 'Semble sans espoir ou sans valeur; a perdu tout intérêt ou sa raison d’être',
    },
    {
      en: 'I feel hopeless or worthless; I have lost interest or purpose',
      fr: 'Je me sens sans espoir ou sans valeur; j’ai perdu tout intérêt ou ma raison d’être',
    },
    { en: 'you seem really down', fr: 'tu sembles avoir le moral bas' },
  ],
  [
    'humour',
    'behaviour',
    { en: 'Has lost their sense of humour', fr: 'A perdu son sens de l’humour' },
    { en: 'I have lost my sense of humour', fr: 'J’ai perdu mon sens de l’humour' },
    { en: 'you haven’t been joking around like usual', fr: 'tu ne blagues plus comme avant' },
  ],
  [
    'demanding',
    'behaviour',
    { en: 'Unusually demanding or dependent', fr: 'Exige ou dépend des autres plus que d’habitude' },
    {
      en: 'I have been unusually demanding of, or dependent on, others',
      fr: 'J’exige plus des autres, ou je dépends d’eux plus que d’habitude',
    },
    { en: 'you seem to need more support than usual', fr: 'tu sembles avoir besoin de plus de soutien' },
  ],
  [
    'withdrawn',
    'behaviour',
    {
      en: 'Pulling away from peers, family or social life',
      fr: 'S’éloigne de ses collègues, de sa famille ou de sa vie sociale',
    },
    {
      en: 'I am pulling away from peers, family or social life',
      fr: 'Je m’éloigne de mes collègues, de ma famille ou de ma vie sociale',
    },
    { en: 'we haven’t seen much of you', fr: 'on te voit moins' },
  ],
  [
    'concentration',
    'behaviour',
    { en: 'Trouble concentrating', fr: 'A du mal à se concentrer' },
    { en: 'I have trouble concentrating', fr: 'J’ai du mal à me concentrer' },
    { en: 'it seems hard for you to focus', fr: 'tu sembles avoir du mal à te concentrer' },
  ],
  [
    'motivation',
    'behaviour',
    { en: 'Less motivated than usual', fr: 'Moins de motivation que d’habitude' },
    { en: 'I am less motivated than usual', fr: 'J’ai moins de motivation que d’habitude' },
    { en: 'your motivation seems lower', fr: 'ta motivation semble en baisse' },
  ],
  [
    'judgement',
    'behaviour',
    { en: 'Indecisive, or making poor decisions', fr: 'A du mal à décider, ou prend de mauvaises décisions' },
    {
      en: 'I am indecisive, or making poor decisions',
      fr: 'J’ai du mal à décider, ou je prends de mauvaises décisions',
    },
    { en: 'decisions seem harder for you', fr: 'les décisions semblent plus difficiles pour toi' },
  ],
  [
    'absences',
    'work',
    { en: 'Repeated absences', fr: 'Absences répétées' },
    { en: 'I have been absent again and again', fr: 'Je m’absente à répétition' },
    { en: 'you’ve missed quite a few days', fr: 'tu as manqué plusieurs jours' },
  ],
  [
    'missed',
    'work',
    {
      en: 'Missed deadlines, appointments or commitments',
      fr: 'Échéances, rendez-vous ou engagements manqués',
    },
    {
      en: 'I miss deadlines, appointments or commitments',
      fr: 'Je manque des échéances, des rendez-vous ou des engagements',
    },
    { en: 'a few things have slipped through', fr: 'quelques échéances t’ont échappé' },
  ],
  [
    'declining',
    'work',
    { en: 'Work slipping in quality or amount', fr: 'Travail en baisse, en qualité ou en quantité' },
    { en: 'My work is slipping in quality or amount', fr: 'Mon travail baisse, en qualité ou en quantité' },
    { en: 'work seems heavier for you', fr: 'le travail semble plus lourd pour toi' },
  ],
  [
    'erratic',
    'work',
    {
      en: 'Very disorganized or erratic at work',
      fr: 'Grande désorganisation ou comportement imprévisible au travail',
    },
    {
      en: 'I am very disorganized or erratic at work',
      fr: 'Au travail, je suis imprévisible ou j’ai beaucoup de mal à m’organiser',
    },
    { en: 'your days seem really chaotic', fr: 'tes journées semblent très chaotiques' },
  ],
  [
    'suicide',
    'safety',
    {
      en: 'Talks or writes about suicide, death or despair',
      fr: 'Parle ou écrit au sujet du suicide, de la mort ou du désespoir',
    },
    {
      en: 'I think, talk or write about suicide or death',
      fr: 'Je pense au suicide ou à la mort, ou j’en parle ou j’en écris',
    },
  ],
  [
    'burden',
    'safety',
    // A burden statement is a suicide warning sign (content-facts.md 6.1, HEART and ACEP; part 2, 7.1).
    { en: 'Talks about being a burden to others', fr: 'Parle d’être un poids pour les autres' },
    { en: 'I feel I am a burden to others', fr: 'J’ai le sentiment d’être un poids pour les autres' },
  ],
  [
    'hopeless',
    'safety',
    {
      en: 'Seems severely hopeless or helpless',
      fr: 'Semble n’avoir plus aucun espoir ni aucune prise sur sa situation',
    },
    {
      en: 'I feel severely hopeless or helpless',
      fr: 'Je n’ai plus aucun espoir ni aucune prise sur ma situation',
    },
  ],
  [
    'going-away',
    'safety',
    { en: 'Talks about “going away for a long time”', fr: 'Parle de «\u00a0partir pour longtemps\u00a0»' },
    {
      en: 'I have been thinking about “going away for a long time”',
      fr: 'Je pense à «\u00a0partir pour longtemps\u00a0»',
    },
  ],
  [
    'plan',
    'safety',
    // Safe messaging (part 2, 7.2): no method or means is named.
    {
      en: 'Has a plan, or is getting the means to act on it',
      fr: 'A un plan, ou cherche à se procurer les moyens de passer à l’acte',
    },
    {
      en: 'I have a plan, or I have been getting the means',
      fr: 'J’ai un plan, ou je cherche à me procurer les moyens',
    },
  ],
  [
    'harm-others',
    'safety',
    { en: 'Talks about wanting to hurt or kill someone', fr: 'Parle de vouloir blesser ou tuer quelqu’un' },
    { en: 'I have thoughts of hurting someone else', fr: 'Je pense à faire du mal à quelqu’un d’autre' },
  ],
  [
    'impaired',
    'safety',
    // Impaired on shift with patients at risk now (content-facts-2.md, 2.1).
    {
      en: 'Seems unfit to care for patients right now: confused, slurred speech, intoxicated or asleep on duty',
      fr: 'Semble inapte à soigner en ce moment : confusion, élocution pâteuse, intoxication ou endormissement en service',
    },
    {
      en: 'I am not fit to care for patients right now: intoxicated, confused or unable to stay awake',
      fr: 'Je ne suis pas en état de soigner en ce moment : intoxication, confusion ou somnolence',
    },
  ],
];

/** Which urgent block each safety sign opens; a sign not named here is about suicide. */
const URGENT_KIND_OF: Record<string, UrgentKind> = { 'harm-others': 'threat', impaired: 'impaired' };

export const INDICATORS: readonly Indicator[] = ROWS.map(([id, group, colleague, myself, noticed]) => ({
  id,
  group,
  label: { colleague, myself },
  redFlag: group === 'safety',
  ...(group === 'safety' ? { urgent: URGENT_KIND_OF[id] ?? 'suicide' } : {}),
  ...(noticed ? { noticed } : {}),
}));

export function indicatorsIn(group: IndicatorGroupId): Indicator[] {
  return INDICATORS.filter((indicator) => indicator.group === group);
}
