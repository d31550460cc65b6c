/**
 * The site a link opens, as people read it ("welldoccanada.org"): a program's page is often on
 * another organisation's site, and the link says so rather than call it the program's website.
 */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
