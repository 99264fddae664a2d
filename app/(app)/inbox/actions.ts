"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { markAllNotificationsRead, markNotificationRead, NOTIFICATION_NOT_FOUND } from "@/server/dal/notifications";
import { action, choiceArg, recordArg } from "@/server/action";

export const markNotificationReadAction = action({ role: "signed-in", args: [recordArg(NOTIFICATION_NOT_FOUND)] }, (actor, [id]) => {
  markNotificationRead(actor, id);
  // The bell's count is on every page.
  revalidatePath("/", "layout");
  return { ok: true, data: undefined, message: "Marked read." };
});

export const markAllNotificationsReadAction = action(
  { role: "signed-in", args: [choiceArg(z.object({ mark: z.literal("all-read") }), "Choose what to mark read.")] },
  (actor) => {
    const marked = markAllNotificationsRead(actor);
    revalidatePath("/", "layout");
    return {
      ok: true,
      data: undefined,
      message: marked === 0 ? "Nothing was unread." : `${marked === 1 ? "1 notice" : `${marked} notices`} marked read.`,
    };
  },
);
