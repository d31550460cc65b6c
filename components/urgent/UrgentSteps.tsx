import type { SignsMode, UrgentKind } from '../../lib/content/indicators';
import { CRISIS_LINES } from '../../lib/content/crisis-lines';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';

/**
 * What to do first, for each kind of urgent (research/content-facts.md 6.2; content-facts-2.md 2.1
 * and 5): the heading is the first step, the list what follows.
 */
export function urgentHeading(kind: UrgentKind, mode: SignsMode, crisis: string, emergency: string): string {
  if (mode === 'myself') {
    if (kind === 'threat') return t('urgentKinds.myselfThreatHeading', [emergency]);
    if (kind === 'impaired') return t('urgentKinds.myselfImpairedHeading');
    return t('urgentKinds.myselfHeading', [crisis]);
  }
  if (kind === 'threat') return t('urgentKinds.threatHeading', [emergency]);
  if (kind === 'impaired') return t('urgentKinds.impairedHeading');
  return t('signs.urgentColleague');
}

function steps(kind: UrgentKind, mode: SignsMode, emergency: string): string[] {
  if (mode === 'myself') {
    if (kind === 'threat')
      return [
        t('urgentKinds.myselfThreatDistance'),
        t('urgentKinds.myselfTell'),
        // Unwanted thoughts with no intent: a calm route besides "if you might act" (issue 18).
        t('urgentKinds.myselfThreatTalk'),
      ];
    if (kind === 'impaired')
      return [
        // Medical first: the signs can be a stroke, low blood sugar or an overdose (issue 18).
        t('urgentKinds.myselfImpairedMedical', [emergency]),
        t('urgentKinds.myselfImpairedTell'),
        t('urgentKinds.myselfImpairedHome'),
        t('urgentKinds.myselfImpairedProgram'),
      ];
    return [
      t('urgentKinds.myselfEmergency', [emergency]),
      t('urgentKinds.myselfNotAlone'),
      t('urgentKinds.myselfDistance'),
      t('urgentKinds.myselfTell'),
      // Safe messaging: one hopeful line (content-facts-2.md 7.2).
      t('urgentKinds.myselfHope'),
    ];
  }
  if (kind === 'threat') return [t('urgentKinds.threatKeepSafe'), t('urgent.noSecrecy')];
  if (kind === 'impaired')
    return [
      t('urgentKinds.impairedMedical', [emergency]),
      t('urgentKinds.impairedRelieve'),
      t('urgentKinds.impairedTell'),
      t('urgentKinds.impairedHome'),
      t('urgentKinds.impairedProgram'),
    ];
  return [
    t('urgent.askDirectly'),
    t('urgent.stayWithThem'),
    t('urgentKinds.goWithThem'),
    t('urgent.removeMeans'),
    t('urgent.noSecrecy'),
  ];
}

export function UrgentSteps({ kind, mode }: { kind: UrgentKind; mode: SignsMode }) {
  const { country } = useStore();
  return (
    <ul>
      {steps(kind, mode, CRISIS_LINES[country.value].emergency.display).map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ul>
  );
}
