"use server";

import { revalidatePath } from "next/cache";
import { changeAskStatus, createAsk, createOutcome, updateAsk } from "@/server/dal/asks";
import { action, recordArg } from "@/server/action";
import { askStatusMoveSchema, createAskSchema, updateAskSchema } from "@/domain/schemas/ask";
import { createOutcomeSchema } from "@/domain/schemas/outcome";

// The data layer checks the role again before writing.

const caseArg = recordArg("That case does not exist.");
const askArg = recordArg("That ask does not exist.");

function refresh(caseId: number) {
  revalidatePath(`/cases/${caseId}`, "layout");
  revalidatePath("/");
}

export const createAskAction = action({ role: "write", readOnly: "asks", args: [caseArg, createAskSchema] }, (actor, [caseId, input]) => {
  const row = createAsk(actor, caseId, input);
  refresh(caseId);
  return { ok: true, data: { id: row.id }, message: "Ask logged." };
});

export const updateAskAction = action({ role: "write", readOnly: "asks", args: [askArg, updateAskSchema] }, (actor, [id, input]) => {
  const row = updateAsk(actor, id, input);
  refresh(row.caseId);
  return { ok: true, data: { caseId: row.caseId }, message: "Ask saved." };
});

export const changeAskStatusAction = action(
  { role: "write", readOnly: "asks", args: [askArg, askStatusMoveSchema] },
  (actor, [id, input]) => {
    const row = changeAskStatus(actor, id, input.toStatus, { text: input.note, confidential: input.noteConfidential }, input.occurredOn);
    refresh(row.caseId);
    return { ok: true, data: undefined, message: "Ask status updated." };
  },
);

export const createOutcomeAction = action(
  { role: "write", readOnly: "asks", args: [caseArg, createOutcomeSchema] },
  (actor, [caseId, input]) => {
    const row = createOutcome(actor, caseId, input);
    refresh(caseId);
    revalidatePath("/cases");
    return {
      ok: true,
      data: { id: row.id },
      message: input.moveCaseToReleased ? "Outcome recorded and the case moved to Released." : "Outcome recorded.",
    };
  },
);
