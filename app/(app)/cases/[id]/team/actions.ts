"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { resolveAccessRequest, setCaseTeam } from "@/server/dal/case-team";
import { action, choiceArg, recordArg } from "@/server/action";
import { caseTeamSchema } from "@/domain/schemas/team";

const caseArg = recordArg("That case does not exist.");
const requestArg = recordArg("That request does not exist.");

function revalidateCase(caseId?: number) {
  // A restricted case leaves (or joins) every list, count and search of those off its team.
  revalidatePath("/", "layout");
  if (caseId) revalidatePath(`/cases/${caseId}/team`);
}

export const setCaseTeamAction = action({ role: "write", readOnly: "cases", args: [caseArg, caseTeamSchema] }, (actor, [id, input]) => {
  const team = setCaseTeam(actor, id, input);
  revalidateCase(id);
  return {
    ok: true,
    data: { version: team.version },
    message: team.restricted ? "Saved: only the team can see this case." : "Saved: everyone in the organisation can see this case.",
  };
});

export const resolveAccessRequestAction = action(
  { role: "write", readOnly: "cases", args: [requestArg, choiceArg(z.boolean(), "Choose whether to grant or decline.")] },
  (actor, [requestId, grant]) => {
    resolveAccessRequest(actor, requestId, grant);
    revalidateCase();
    return { ok: true, data: undefined, message: grant ? "Access granted: they are on the team." : "Request declined." };
  },
);
