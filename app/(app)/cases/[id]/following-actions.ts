"use server";

import { revalidatePath } from "next/cache";
import { reassignCase, setCaseWatching } from "@/server/dal/case-following";
import { action, recordArg } from "@/server/action";
import { caseOwnerSchema, watchingSchema } from "@/domain/schemas/case-following";

const caseArg = recordArg("That case does not exist.");

export const watchCaseAction = action({ role: "signed-in", args: [caseArg, watchingSchema] }, (actor, [id, { watching }]) => {
  setCaseWatching(actor, id, watching);
  revalidatePath(`/cases/${id}`);
  revalidatePath("/cases");
  return {
    ok: true,
    data: undefined,
    message: watching
      ? "Watching: you will be told when its status changes or an ask or outcome is logged."
      : "You no longer watch this case.",
  };
});

export const reassignCaseAction = action({ role: "write", readOnly: "cases", args: [caseArg, caseOwnerSchema] }, (actor, [id, input]) => {
  const after = reassignCase(actor, id, input);
  revalidatePath(`/cases/${id}`, "layout");
  revalidatePath("/cases");
  return {
    ok: true,
    data: { version: after.version },
    message: `${after.owner?.name ?? "The new owner"} owns this case now, and has been told.`,
  };
});
