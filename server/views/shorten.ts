/** Text cut to `max` characters with an ellipsis, for one-line mentions of an ask in lists and choices. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
