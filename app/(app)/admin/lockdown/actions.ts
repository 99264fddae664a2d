"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/server/action";
import { switchLockdown } from "@/server/dal/workspace";
import { lockdownSchema } from "@/domain/schemas/lockdown";

const MESSAGES = {
  off: "Vigil is open again: everyone can sign in and make changes.",
  "read-only": "Vigil is read-only: every change is refused, yours included, until you open it again.",
  "admins-only": "Vigil is open to admins only.",
} as const;

// Allowed while read-only: it is how the workspace is opened again.
export const setLockdownAction = action(
  { role: "admin", readOnly: "users", args: [lockdownSchema], whileReadOnly: "allowed" },
  (actor, [{ mode }]) => {
    const { sessionsEnded } = switchLockdown(actor, mode);
    revalidatePath("/", "layout");
    const ended = mode === "admins-only" ? ` ${sessionsEnded === 1 ? "1 session" : `${sessionsEnded} sessions`} of others ended.` : "";
    return { ok: true, data: undefined, message: `${MESSAGES[mode]}${ended}` };
  },
);
