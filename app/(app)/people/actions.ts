"use server";

import { revalidatePath } from "next/cache";
import { createPerson, updatePerson } from "@/server/dal/people";
import { action, recordArg } from "@/server/action";
import { NotFoundError } from "@/domain/errors";
import { personSchema, updatePersonSchema } from "@/domain/schemas/person";

// The data layer checks the role again before writing.

/** The only missing record a valid form can point at is the contact's case. */
function caseField(error: unknown): string | undefined {
  return error instanceof NotFoundError && /case/.test(error.message) ? "caseId" : undefined;
}

export const createPersonAction = action(
  { role: "write", readOnly: "directory", args: [personSchema], fieldFor: caseField },
  (actor, [input]) => {
    const row = createPerson(actor, input);
    revalidatePath("/people");
    return { ok: true, data: { id: row.id } };
  },
);

export const updatePersonAction = action(
  { role: "write", readOnly: "directory", args: [recordArg("That person does not exist."), updatePersonSchema], fieldFor: caseField },
  (actor, [id, input]) => {
    const row = updatePerson(actor, id, input);
    revalidatePath("/people");
    revalidatePath(`/people/${row.id}`);
    return { ok: true, data: { id: row.id } };
  },
);
