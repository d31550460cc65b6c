/** OQLF typography: a non-breaking space before ":" and inside « », none before ? ! ; */
export function frenchTypographyErrors(text: string): string[] {
  const errors: string[] = [];
  if (/[^\u00a0]:/.test(text.replace(/https?:/g, '')))
    errors.push('":" without a non-breaking space before it');
  if (/«(?!\u00a0)|(?<!\u00a0)»/.test(text)) errors.push('« » without non-breaking spaces inside');
  if (/\s[?!;]/.test(text)) errors.push('a space before ? ! or ;');
  return errors;
}
