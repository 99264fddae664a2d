"use server";

import { revalidatePath } from "next/cache";
import { joinTeamAsAdmin, requestCaseAccess } from "@/server/dal/case-team";
import { action, recordArg } from "@/server/action";
import { accessRequestSchema } from "@/domain/schemas/team";

const caseArg = recordArg("That case does not exist.");

export const requestCaseAccessAction = action(
  { role: "admin", readOnly: "users", args: [caseArg, accessRequestSchema] },
  (actor, [caseId, input]) => {
    requestCaseAccess(actor, caseId, input.reason);
    revalidatePath("/admin/restricted");
    return { ok: true, data: undefined, message: "Asked: the case's team sees your request on the case." };
  },
);

export const joinTeamAsAdminAction = action({ role: "admin", readOnly: "users", args: [caseArg] }, (actor, [caseId]) => {
  joinTeamAsAdmin(actor, caseId);
  revalidatePath("/", "layout");
  return { ok: true, data: { caseId }, message: "You are on the team: the case's history and its team see that you joined." };
});
