/**
 * Who may do what. Every data-access function and server action asks these
 * questions; the UI asks them only to decide which controls to show.
 */
export const ROLES = ["admin", "campaigner", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: number;
  name: string;
  email: string;
  role: Role;
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  campaigner: "Campaigner",
  viewer: "Viewer",
};

/** Creating and changing cases, sources, asks and outcomes. */
export function canWrite(actor: Actor | null): actor is Actor {
  return actor !== null && (actor.role === "admin" || actor.role === "campaigner");
}

/** Seeing items marked confidential (sources, notes, contacts). */
export function canSeeConfidential(actor: Actor | null): actor is Actor {
  return canWrite(actor);
}

/** Managing user accounts. */
export function canManageUsers(actor: Actor | null): actor is Actor {
  return actor !== null && actor.role === "admin";
}

export class PermissionError extends Error {
  constructor(message = "You do not have permission to do that.") {
    super(message);
    this.name = "PermissionError";
  }
}

export function assertCanWrite(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new PermissionError("Please sign in first.");
  if (!canWrite(actor)) throw new PermissionError("Viewers can read cases but cannot change them.");
}

export function assertCanRead(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new PermissionError("Please sign in first.");
}

export function assertCanManageUsers(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new PermissionError("Please sign in first.");
  if (!canManageUsers(actor)) throw new PermissionError("Only an admin can manage users.");
}

/** Changing a case or its records: writers, while the case is not archived (an archived case is read-only until restored). */
export function canChangeCase(actor: Actor | null, kase: { archivedAt: string | null }): actor is Actor {
  return canWrite(actor) && kase.archivedAt === null;
}

/** Workspace upkeep (fixing data an import or migration could not place) is for admins. */
export function assertCanMaintainWorkspace(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new PermissionError("Please sign in first.");
  if (!canManageUsers(actor)) throw new PermissionError("Only an admin can see this.");
}
