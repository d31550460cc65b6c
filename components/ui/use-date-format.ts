import { dateLocale } from '../../lib/text/date-locale';
import { useStore } from '../app/StoreContext';

// One formatter per locale and set of options, shared by every card: a keystroke in Resources
// redraws some thirty review dates, and a new Intl.DateTimeFormat each time is the costly part.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Dates and times as written where the reader is: the page's language and the region chosen. */
export function useDateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const { lang, region } = useStore();
  const locale = dateLocale(lang, region.value);
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** A day kept as YYYY-MM-DD (a review date), written for the reader: read at noon, so no time zone moves it. */
export function useDayFormat(): (isoDay: string) => string {
  const format = useDateFormat({ dateStyle: 'medium' });
  return (isoDay) => format.format(new Date(`${isoDay}T12:00`));
}
