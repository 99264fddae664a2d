import type { IdentityName } from "./identities";
import type { ServerAction } from "./app-surface";

/** Who may use a server action. A new action gets a policy from where its file lives. */
export type ActionPolicy = "anyone" | "nobody-after-setup" | "signed-in" | "writer" | "admin";

const NAMED: Record<string, ActionPolicy> = {
  signInAction: "anyone",
  signOutAction: "anyone",
  // Only an empty workspace can create its first admin; the matrix runs on a seeded one.
  createFirstAdminAction: "nobody-after-setup",
};

export function actionPolicy(action: ServerAction): ActionPolicy {
  if (NAMED[action.name]) return NAMED[action.name];
  if (action.file.includes("/admin/")) return "admin";
  if (action.file.includes("/account/")) return "signed-in";
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

const validCase = {
  personName: "Matrix Probe",
  title: "Written only if authorisation fails",
  country: "Nowhere",
  summary: "",
  tags: "",
  priority: "low",
  status: "detained",
  arrestDate: "",
  arrestPlace: "",
  placeHeld: "",
  charges: "",
  sentence: "",
  sentenceDate: "",
};

/**
 * Arguments that would succeed for someone allowed to act, so a missing check shows up
 * as a changed database rather than hiding behind a validation error.
 */
export function sampleArgs(action: ServerAction): unknown[] {
  switch (action.name) {
    case "createCaseAction":
      return [validCase];
    case "updateCaseAction":
      return [1, { ...validCase, version: 1 }];
    case "changeCaseStatusAction":
      return [1, { toStatus: "closed", note: "Written only if authorisation fails" }];
    // Form actions (useActionState) take the previous state first, then the form's fields.
    case "signInAction":
      return [null, { email: "viewer@example.org", password: "wrong password" }];
    case "createFirstAdminAction":
      return [null, { name: "Intruder", email: "intruder@example.org", password: "a long enough password", confirmPassword: "a long enough password" }];
    default:
      return [1, {}];
  }
}
