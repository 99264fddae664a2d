/**
 * What an action validates: the fields of a form the browser posted (a FormData, sent
 * before or after the page's scripts ran) as a plain object, or what a script sent as it
 * is, so the same zod schema reads both. React's own fields ("$ACTION_…", which name the
 * action) and files are left out; a name sent twice keeps its last value.
 */
export function formInput(input: unknown): unknown {
  if (!(input instanceof FormData)) return input;
  const fields: [string, string][] = [];
  for (const [name, value] of input) {
    if (typeof value === "string" && !name.startsWith("$ACTION_")) fields.push([name, value]);
  }
  return Object.fromEntries(fields);
}

/** One text field of an action's input (a FormData or an object), if it is text. */
export function textField(input: unknown, name: string): string | undefined {
  const fields = formInput(input);
  if (fields === null || typeof fields !== "object" || !Object.hasOwn(fields, name)) return undefined;
  const value = (fields as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}
