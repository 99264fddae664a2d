import "server-only";
import { getCurrentUser } from "@/server/dal/session";
import { SIGN_IN_FIRST } from "@/server/action";
import { DomainRuleError, MissingGlyphsError, NotFoundError, StaleVersionError } from "@/domain/errors";
import { PermissionError, type Actor } from "@/domain/permissions";

/** The JSON error every route handler answers with: `{ error }`, the status, never cached. */
export function problem(status: number, error: string) {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * The answer to an error the data layer throws on purpose, the same errors server actions
 * map to form results; anything else is a bug and is rethrown (a 500, logged).
 */
function problemFor(error: unknown): Response {
  if (error instanceof PermissionError) return problem(403, error.message);
  if (error instanceof NotFoundError) return problem(404, error.message);
  if (error instanceof StaleVersionError) return problem(409, error.message);
  // The export form offers to export anyway when it reads this code.
  if (error instanceof MissingGlyphsError) {
    return Response.json(
      { error: error.message, code: "missing_glyphs", characters: error.characters },
      { status: 422, headers: { "Cache-Control": "no-store" } },
    );
  }
  if (error instanceof DomainRuleError) return problem(400, error.message); // a FieldRuleError too
  throw error;
}

/** A route handler for signed-in users only: a 401 without a session, errors answered by problemFor. */
export function signedInRoute<C>(handler: (user: Actor, request: Request, context: C) => Response | Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return problem(401, SIGN_IN_FIRST);
    try {
      return await handler(user, request, context);
    } catch (error) {
      return problemFor(error);
    }
  };
}
