import { exportAskList } from "@/server/dal/exports";
import { parseId } from "@/domain/schemas/fields";
import { csvResponse } from "../csv-response";
import { problem, signedInRoute } from "@/app/api/problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/export/asks[?case=<id>] — all asks, or one case's asks, as CSV. */
export const GET = signedInRoute((user, request) => {
  const rawCase = new URL(request.url).searchParams.get("case");
  let caseId: number | undefined;
  if (rawCase !== null && rawCase !== "") {
    const id = parseId(rawCase);
    if (!id) return problem(404, "That case does not exist.");
    caseId = id;
  }
  return csvResponse(exportAskList(user, { caseId }));
});
