"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/server/action";
import { endEveryonesSessions } from "@/server/dal/sessions";
import { endEveryonesSessionsSchema } from "@/domain/schemas/sessions";

export const endEveryonesSessionsAction = action(
  { role: "admin", readOnly: "users", args: [endEveryonesSessionsSchema], whileReadOnly: "allowed" },
  async (actor) => {
    const ended = await endEveryonesSessions(actor);
    revalidatePath("/admin/sessions");
    return {
      ok: true,
      data: undefined,
      message: `${ended === 1 ? "1 session" : `${ended} sessions`} ended. Everyone else signs in again; yours stays open.`,
    };
  },
);
