/**
 * Checks the body of a server-action request sent as text (JSON). The browser always
 * sends an array of arguments, and React escapes every string that starts with "$" as
 * "$$…", keeping "$" prefixes for its own encodings. A body that is not an array, or
 * that holds a "$" reference Vigil's forms never send (to form parts, promises, maps),
 * is malformed: refusing it up front gives the caller a 400 instead of the framework's
 * 500 when it fails to decode.
 */
const ALLOWED_ENCODINGS = /^\$(\$.*|undefined|Infinity|-Infinity|NaN|-0|D\d{4}-\d{2}-\d{2}T[\d:.]+Z|n-?\d+)$/s;

export function isWellFormedActionBody(body: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return false;
  }
  if (!Array.isArray(parsed)) return false;
  const stack: unknown[] = [parsed];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (value.startsWith("$") && !ALLOWED_ENCODINGS.test(value)) return false;
    } else if (Array.isArray(value)) {
      stack.push(...value);
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (key.startsWith("$") && !key.startsWith("$$")) return false;
        stack.push(item);
      }
    }
  }
  return true;
}
