/** A language's UI strings by message key (scripts/locale-messages-plugin.ts builds them). */
declare module 'virtual:locale-messages/*' {
  const messages: Readonly<Record<string, string>>;
  export default messages;
}
