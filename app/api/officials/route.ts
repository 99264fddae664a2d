import { problem } from "@/app/api/problem";
import { getCurrentUser } from "@/server/dal/session";
import { listOfficialChoices } from "@/server/dal/asks";
import { PermissionError } from "@/domain/permissions";
import { MAX_QUERY_LENGTH } from "@/domain/search-query";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/officials?q=words — up to 20 officials matching the words, for the log-an-ask form. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return problem(401, "Please sign in first.");
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, MAX_QUERY_LENGTH);
  try {
    const officials = listOfficialChoices(user, { search: q }).map(({ id, name, office, confidential }) => ({ id, name, office, confidential }));
    return Response.json({ officials }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof PermissionError) return problem(403, error.message);
    throw error;
  }
}
