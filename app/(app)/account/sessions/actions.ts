"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/server/action";
import { dismissMySignInNotices, endMyOtherSessions, endMySession } from "@/server/dal/sessions";
import { dismissSignInNoticesSchema, endOtherSessionsSchema, endSessionSchema } from "@/domain/schemas/sessions";

const SESSIONS_PAGE = "/account/sessions";

export const endSessionAction = action(
  { role: "signed-in", args: [endSessionSchema], whileReadOnly: "allowed" },
  async (actor, [input]) => {
    if (!(await endMySession(actor, input.sessionId))) {
      return { ok: false, error: "That session has ended already, or is the one you are using: sign out to end it." };
    }
    revalidatePath(SESSIONS_PAGE);
    return { ok: true, data: undefined, message: "Session ended: that browser is signed out on its next request." };
  },
);

export const endOtherSessionsAction = action(
  { role: "signed-in", args: [endOtherSessionsSchema], whileReadOnly: "allowed" },
  async (actor) => {
    const ended = await endMyOtherSessions(actor);
    revalidatePath(SESSIONS_PAGE);
    return {
      ok: true,
      data: undefined,
      message: ended === 0 ? "You had no other sessions open." : `${ended === 1 ? "1 other session" : `${ended} other sessions`} ended.`,
    };
  },
);

export const dismissSignInNoticesAction = action(
  { role: "signed-in", args: [dismissSignInNoticesSchema], whileReadOnly: "allowed" },
  (actor) => {
    dismissMySignInNotices(actor);
    revalidatePath("/", "layout");
    return { ok: true, data: undefined, message: "Notice set aside." };
  },
);
