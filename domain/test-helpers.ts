/**
 * For tests, where a missing element is a failure to report, not a case to handle: each
 * returns the value or throws saying what was missing.
 */

/** The element at `index` of `items` (negative counts from the end). */
export function at<T>(items: readonly T[], index: number): T {
  const item = items.at(index);
  if (item === undefined) throw new Error(`Expected an element at index ${index}; the list has ${items.length}.`);
  return item;
}

/** `value`, which must be there; `what` names it in the error. */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Expected ${what}.`);
  return value;
}
