import type { IdentityName } from "./identities";
import type { ServerAction } from "./app-surface";

/** Who may use a server action. A new action gets a policy from where its file lives. */
export type ActionPolicy = "anyone" | "nobody-after-setup" | "signed-in" | "writer" | "admin";

const NAMED: Record<string, ActionPolicy> = {
  signInAction: "anyone",
  signOutAction: "anyone",
  secondFactorAction: "anyone",
  // Only an empty workspace can create its first admin; the matrix runs on a seeded one.
  createFirstAdminAction: "nobody-after-setup",
  // Archiving is for writers; deleting an archived case for good is for admins.
  deleteCaseAction: "admin",
  // Watching a case changes nothing of it: every reader of the case may.
  watchCaseAction: "signed-in",
};

export function actionPolicy(action: ServerAction): ActionPolicy {
  const named = NAMED[action.name];
  if (named) return named;
  if (action.file.includes("/admin/")) return "admin";
  if (action.file.includes("/account/") || action.file.includes("/inbox/")) return "signed-in";
  return "writer";
}

const GRANTS: Record<ActionPolicy, IdentityName[]> = {
  anyone: ["anonymous", "forged-cookie", "middleware-subrequest", "deactivated", "viewer", "campaigner", "admin"],
  "nobody-after-setup": [],
  "signed-in": ["viewer", "campaigner", "admin"],
  writer: ["campaigner", "admin"],
  admin: ["admin"],
};

export function mayUse(policy: ActionPolicy, identity: IdentityName): boolean {
  return GRANTS[policy].includes(identity);
}

/** Pages only some roles may open (others are redirected or refused). */
export function pageAllowed(path: string, identity: IdentityName): boolean {
  if (["anonymous", "forged-cookie", "middleware-subrequest", "deactivated"].includes(identity)) return false;
  if (path.startsWith("/admin")) return identity === "admin";
  if (/\/(new|edit)$/.test(path)) return identity === "campaigner" || identity === "admin";
  return true;
}
