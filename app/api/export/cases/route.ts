import { getCurrentUser } from "@/server/dal/session";
import { exportCaseList } from "@/server/dal/exports";
import { PermissionError } from "@/domain/permissions";
import { parseCaseListQuery } from "@/domain/schemas/case-list";
import { csvResponse } from "../csv-response";
import { problem } from "@/app/api/problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/export/cases?status=&country=&tag=&priority=&owner=&sort= — the case list as CSV. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return problem(401, "Please sign in first.");
  try {
    return csvResponse(exportCaseList(user, parseCaseListQuery(new URL(request.url).searchParams)));
  } catch (error) {
    if (error instanceof PermissionError) return problem(403, error.message);
    throw error;
  }
}
