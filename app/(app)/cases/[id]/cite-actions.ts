"use server";

import { revalidatePath } from "next/cache";
import { citeSources } from "@/server/dal/citations";
import { action, choiceArg, recordArg } from "@/server/action";
import { citeSourcesSchema } from "@/domain/schemas/citation";

// The data layer checks the role, the case, the claim's record and each source again.

export const citeSourcesAction = action(
  {
    role: "write",
    readOnly: "sources",
    args: [recordArg("That case does not exist."), choiceArg(citeSourcesSchema, "Choose sources from the list.", "sourceIds")],
  },
  (actor, [caseId, input]) => {
    const { added, removed } = citeSources(actor, caseId, input);
    revalidatePath(`/cases/${caseId}`, "layout");
    const changed = added.length + removed.length;
    return { ok: true, data: undefined, message: changed ? "Sources saved." : "No change: these sources were already cited." };
  },
);
