import { signedInRoute } from "@/app/api/problem";
import { listOfficialChoices } from "@/server/dal/asks";
import { MAX_QUERY_LENGTH } from "@/domain/search-query";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/officials?q=words — up to 20 officials matching the words, for the log-an-ask form. */
export const GET = signedInRoute((user, request) => {
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, MAX_QUERY_LENGTH);
  const officials = listOfficialChoices(user, { search: q }).map(({ id, name, office, confidential }) => ({
    id,
    name,
    office,
    confidential,
  }));
  return Response.json({ officials }, { headers: { "Cache-Control": "no-store" } });
});
