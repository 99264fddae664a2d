/**
 * Checks the body of a server-action request before the framework decodes it. React's
 * decoder walks a body recursively and answers a 500 with a stack trace in the log when a
 * body is nested too deep, refers to parts that are not there or is not JSON at all;
 * refusing such bodies up front gives the caller a 400 instead.
 *
 * The limits:
 * - the body size is Next's own limit for server actions (1 MB), which Next enforces with
 *   a 500; the largest body a form sends is the CSV import's check after the first, which
 *   carries the file's text (at most 512 KB) twice, as a field and in the previous state;
 * - an array or object of at most 10,000 items: the longest lists a form sends are the
 *   sources picked for an outcome and the columns of an imported file (tens to hundreds),
 *   and the import's list of row errors, which passes 10,000 only in a body far over 1 MB;
 * - at most 32 levels of nesting: forms send an argument list holding an object whose
 *   values are at most a list of objects (four or five levels); React's decoder runs out
 *   of stack somewhere under 10,000.
 */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;
export const MAX_ITEMS = 10_000;
export const MAX_DEPTH = 32;

/**
 * In a text (JSON) body, React escapes every string that starts with "$" as "$$…" and
 * keeps "$" prefixes for its own encodings; these are the ones plain values use. A text
 * body has no other parts, so a reference to one (form data, promises, maps) is malformed.
 */
const PLAIN_VALUE_ENCODINGS = /^\$(\$.*|undefined|Infinity|-Infinity|NaN|-0|D\d{4}-\d{2}-\d{2}T[\d:.]+Z|n-?\d+)$/s;

/** In a multipart body, form data ("$K<id>", read from the fields named "_<id>_…") and promised parts ("$@<id>"). */
const FORM_DATA_REFERENCE = /^\$K[0-9a-f]+$/;
const PART_REFERENCE = /^\$@([0-9a-f]+)$/;

/** Decides whether a "$"-string is an encoding the decoder can resolve. */
type ReferenceRule = (value: string) => boolean;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Walks a decoded value without recursion (a deep value must not overflow this check's
 * own stack) and without spreading (a wide one must not overflow the argument list).
 */
function isWithinLimits(root: unknown, referenceAllowed: ReferenceRule): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 1 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value === "string") {
      if (value.startsWith("$") && !PLAIN_VALUE_ENCODINGS.test(value) && !referenceAllowed(value)) return false;
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth > MAX_DEPTH) return false;
    if (Array.isArray(value)) {
      if (value.length > MAX_ITEMS) return false;
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > MAX_ITEMS) return false;
    for (const key of keys) {
      if (key.startsWith("$") && !key.startsWith("$$")) return false;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return true;
}

/** A body sent as text: the JSON list of the action's arguments. */
export function isWellFormedActionBody(body: string): boolean {
  const parsed = parseJson(body);
  return parsed.ok && Array.isArray(parsed.value) && isWithinLimits(parsed.value, () => false);
}

/**
 * Which fields of a multipart body React decodes as JSON, and under which prefix it looks
 * up the parts they refer to. A call from a script sends the arguments in field "0" and
 * any other parts in fields named by their number; a form posted before the page's
 * scripts ran names the action's bound arguments "$ACTION_<n>:<part>" (with
 * "$ACTION_REF_<n>" beside them). Every other field is what the user typed, which React
 * hands to the action as it is.
 */
function modelPart(name: string): { prefix: string; part: string } | null {
  const [, prefix = "", part = name] = /^(\$ACTION_[^:]*:)(.*)$/s.exec(name) ?? [];
  // React reads a part's number with `+part`, so "", " 1" and "0x1" name parts too.
  if (part === "" || !Number.isNaN(Number(part))) return { prefix, part };
  if (part.startsWith("S") && part.length > 1 && !Number.isNaN(Number(part.slice(1)))) return { prefix, part };
  return null;
}

/** A body sent as multipart form data: by a form before scripts ran, or a call that passes a FormData. */
export function isWellFormedMultipartActionBody(fields: Iterable<[string, FormDataEntryValue]>): boolean {
  const entries = [...fields];
  if (entries.length > MAX_ITEMS) return false;
  const names = new Set(entries.map(([name]) => name));
  for (const [name, value] of entries) {
    const part = modelPart(name);
    if (!part) continue;
    if (typeof value !== "string" || !/^\d+$/.test(part.part)) return false;
    const parsed = parseJson(value);
    if (!parsed.ok) return false;
    const referenceAllowed: ReferenceRule = (text) => {
      if (FORM_DATA_REFERENCE.test(text)) return true;
      const promised = PART_REFERENCE.exec(text)?.[1];
      return promised !== undefined && names.has(`${part.prefix}${parseInt(promised, 16)}`);
    };
    if (!isWithinLimits(parsed.value, referenceAllowed)) return false;
  }
  return true;
}
