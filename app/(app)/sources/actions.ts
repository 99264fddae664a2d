"use server";

import { revalidatePath } from "next/cache";
import { addSourceToCase, linkSourceToCase, unlinkSourceFromCase, updateSource } from "@/server/dal/sources";
import { action, choiceArg, recordArg } from "@/server/action";
import { linkSourceSchema, sourceSchema, updateSourceSchema } from "@/domain/schemas/source";
import { DuplicateSourceUrlError } from "@/domain/errors";
import type { AddSourceOutcome } from "@/domain/schemas/source";

// The data layer checks the role again before writing.

const OUTCOME_MESSAGES: Record<AddSourceOutcome, string> = {
  created: "Source added to this case.",
  linked_existing: "This report was already in Vigil; it is now linked to this case.",
  already_linked: "This report is already linked to this case; nothing was changed.",
};

const caseArg = recordArg("That case does not exist.");
const NOT_LINKED = "That source is not linked to this case.";

function refresh(caseId: number) {
  revalidatePath(`/cases/${caseId}/sources`);
  revalidatePath("/sources");
}

export const addSourceAction = action({ role: "write", readOnly: "sources", args: [caseArg, sourceSchema] }, (actor, [caseId, input]) => {
  const { outcome, source } = addSourceToCase(actor, caseId, input);
  refresh(caseId);
  return { ok: true, data: { sourceId: source.id, outcome }, message: OUTCOME_MESSAGES[outcome] };
});

export const linkSourceAction = action(
  { role: "write", readOnly: "sources", args: [caseArg, choiceArg(linkSourceSchema, "Choose a source to link.", "sourceId")] },
  (actor, [caseId, input]) => {
    const outcome = linkSourceToCase(actor, caseId, input.sourceId);
    refresh(caseId);
    return {
      ok: true,
      data: undefined,
      message: outcome === "already_linked" ? OUTCOME_MESSAGES.already_linked : "Source linked to this case.",
    };
  },
);

export const unlinkSourceAction = action(
  { role: "write", readOnly: "sources", args: [recordArg(NOT_LINKED), recordArg(NOT_LINKED)] },
  (actor, [caseId, sourceId]) => {
    unlinkSourceFromCase(actor, caseId, sourceId);
    refresh(caseId);
    return { ok: true, data: undefined, message: "Source removed from this case. It stays in the sources list." };
  },
);

export const updateSourceAction = action(
  {
    role: "write",
    readOnly: "sources",
    args: [recordArg("That source does not exist."), updateSourceSchema],
    fieldFor: (error) => (error instanceof DuplicateSourceUrlError ? "url" : undefined),
  },
  (actor, [id, input]) => {
    const row = updateSource(actor, id, input);
    revalidatePath("/sources");
    revalidatePath("/cases", "layout");
    return { ok: true, data: { id: row.id }, message: "Source saved." };
  },
);
