import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { findUserById } from "@/db/queries/users";
import type { Actor } from "@/lib/domain/permissions";

/**
 * The signed-in user, read fresh from the database on every request so that a
 * deactivated account or a changed role takes effect at once. Null when signed out.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const user = findUserById(getDb(), id);
  if (!user || !user.active) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requirePageUser(): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
}
