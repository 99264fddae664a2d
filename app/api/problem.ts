/** The JSON error every route handler answers with: `{ error }`, the status, never cached. */
export function problem(status: number, error: string) {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}
