import { dateLocale } from '../../lib/text/date-locale';
import { useStore } from '../app/StoreContext';

/** Dates and times as written where the reader is: the page's language and the region chosen. */
export function useDateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const { lang, region } = useStore();
  return new Intl.DateTimeFormat(dateLocale(lang, region.value), options);
}

/** A day kept as YYYY-MM-DD (a review date), written for the reader: read at noon, so no time zone moves it. */
export function useDayFormat(): (isoDay: string) => string {
  const format = useDateFormat({ dateStyle: 'medium' });
  return (isoDay) => format.format(new Date(`${isoDay}T12:00`));
}
