/**
 * Long lists on a case's pages (timeline, sources, asks, outcomes) show their first
 * `step` items and grow by `step` with "Show more" (`?show=N` in the address), so a case
 * with hundreds of records opens as fast as a small one and nothing is out of reach.
 */
export function shownCount(param: unknown, step: number, max = 10_000): number {
  const requested = Number(Array.isArray(param) ? param[0] : param);
  if (!Number.isSafeInteger(requested) || requested <= step) return step;
  return Math.min(max, Math.ceil(requested / step) * step);
}
