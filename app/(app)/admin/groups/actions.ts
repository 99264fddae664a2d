"use server";

import { revalidatePath } from "next/cache";
import { createUserGroup, updateUserGroup } from "@/server/dal/user-groups";
import { action, recordArg } from "@/server/action";
import { userGroupSchema, userGroupUpdateSchema } from "@/domain/schemas/team";

const groupArg = recordArg("That group does not exist.");

// Who is in a group decides who sees the restricted cases it is on, everywhere.
function revalidateGroups() {
  revalidatePath("/", "layout");
}

export const createUserGroupAction = action({ role: "admin", readOnly: "users", args: [userGroupSchema] }, (actor, [input]) => {
  const group = createUserGroup(actor, input);
  revalidateGroups();
  return { ok: true, data: { id: group.id }, message: `Group “${group.name}” created.` };
});

export const updateUserGroupAction = action(
  { role: "admin", readOnly: "users", args: [groupArg, userGroupUpdateSchema] },
  (actor, [id, input]) => {
    const group = updateUserGroup(actor, id, input);
    revalidateGroups();
    return { ok: true, data: { version: group.version }, message: `Group “${group.name}” saved.` };
  },
);
