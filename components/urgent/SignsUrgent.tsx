import { createRef } from 'preact';
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { URGENT_KINDS, type SignsMode, type UrgentKind } from '../../lib/content/indicators';
import { t } from '../../lib/text/i18n';
import { urgentKindOf } from '../../lib/signs/signs-summary';
import { CrisisLineAbout } from './CrisisActions';
import { RegionNote } from '../region/RegionNote';
import { useStore } from '../app/StoreContext';
import { UrgentBlock } from './UrgentBlock';
import { UrgentProgramLines } from './UrgentProgramLines';
import { LicenceFormDisclosure } from '../before-you-call/LicenceFormDisclosure';
import { focusAtTop } from '../ui/focus-moves';

interface Props {
  kinds: UrgentKind[];
  mode: SignsMode;
  /** Ticks numbered up to this one happened before the tab opened or the mode last switched: they do not move focus. */
  since: number;
}

/**
 * Red flags are ticked: what to do now, above the list. Each new red-flag tick moves focus to its
 * block's heading and scrolls the block into view at once (the reader may have scrolled down);
 * "Back to the list" returns to the sign just ticked (see backToList), which stays ticked.
 */
export function SignsUrgent({ kinds, mode, since }: Props) {
  const { signs } = useStore();
  const headings = useMemo(
    () => Object.fromEntries(URGENT_KINDS.map((kind) => [kind, createRef<HTMLHeadingElement>()])),
    [],
  ) as Record<UrgentKind, ReturnType<typeof createRef<HTMLHeadingElement>>>;
  const last = signs.lastTicked.value;

  // A layout effect: the block is in view in the same frame it appears.
  useLayoutEffect(() => {
    if (!last || last.serial <= since) return;
    const kind = urgentKindOf(last.id);
    const heading = kind && headings[kind].current;
    if (!heading) return;
    focusAtTop(heading, heading.parentElement ?? heading);
  }, [last?.serial]);

  // The sign ticked last, if it is in the list shown; else (it was ticked in the other mode) the
  // earliest-ticked red flag still ticked in this one.
  const backToList = () => {
    const last = signs.lastTicked.value?.id;
    const ticked = signs.ticked.value;
    const id = last && ticked.has(last) ? last : [...ticked].find((sign) => urgentKindOf(sign));
    document.getElementById(`sign-${id}`)?.focus();
  };
  return (
    <div class="urgent-area">
      {kinds.map((kind) => (
        <UrgentBlock key={kind} kind={kind} mode={mode} headingRef={headings[kind]}>
          <button type="button" class="back-to-list" onClick={backToList}>
            {t('urgentKinds.backToList')}
          </button>
        </UrgentBlock>
      ))}
      <CrisisLineAbout />
      <UrgentProgramLines />
      {mode === 'myself' && <LicenceFormDisclosure />}
      <RegionNote />
    </div>
  );
}
