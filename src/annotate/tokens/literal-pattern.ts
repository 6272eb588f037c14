/** A word or phrase as a literal inside a regular expression: its pattern characters escaped. */
export function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
