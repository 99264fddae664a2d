import { exportCaseList } from "@/server/dal/exports";
import { parseCaseListQuery } from "@/domain/schemas/case-list";
import { csvResponse } from "../csv-response";
import { signedInRoute } from "@/app/api/problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/export/cases?status=&country=&tag=&priority=&owner=&sort= — the case list as CSV. */
export const GET = signedInRoute((user, request) =>
  csvResponse(exportCaseList(user, parseCaseListQuery(new URL(request.url).searchParams))),
);
