import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/notifications";
import { readerFor } from "@/db/visibility";
import { assertCanRead, type Actor } from "@/domain/permissions";
import { NotFoundError } from "@/domain/errors";

/** The bell's count: unread notices the actor may see. */
export function countUnreadNotifications(actor: Actor | null): number {
  assertCanRead(actor);
  return q.countUnreadNotifications(getDb(), readerFor(actor));
}

export function listNotifications(actor: Actor | null) {
  assertCanRead(actor);
  return q.listNotifications(getDb(), readerFor(actor));
}

export function markNotificationRead(actor: Actor | null, id: number): void {
  assertCanRead(actor);
  if (!q.markNotificationRead(getDb(), actor.id, id)) throw new NotFoundError(NOTIFICATION_NOT_FOUND);
}

export function markAllNotificationsRead(actor: Actor | null): number {
  assertCanRead(actor);
  return q.markAllNotificationsRead(getDb(), actor.id);
}

export const NOTIFICATION_NOT_FOUND = "That notification does not exist.";
