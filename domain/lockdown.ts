/**
 * An emergency switch for the whole workspace, e.g. after a raid or a lost laptop:
 * "read-only" refuses every change, for admins too, until switched back; "admins-only"
 * signs everyone else out and keeps them out.
 */
export const LOCKDOWN_MODES = ["off", "read-only", "admins-only"] as const;
export type LockdownMode = (typeof LOCKDOWN_MODES)[number];

export const LOCKDOWN_LABELS: Record<LockdownMode, string> = {
  off: "Open: everyone works as usual",
  "read-only": "Read-only: nobody can change anything, admins included",
  "admins-only": "Admins only: everyone else is signed out and cannot sign in",
};

/** The stored value; anything unreadable counts as off, so a bad value never locks everyone out. */
export function parseLockdownMode(value: string | null): LockdownMode {
  return (LOCKDOWN_MODES as readonly string[]).includes(value ?? "") ? (value as LockdownMode) : "off";
}

/** Whether a user of this role may be signed in while the workspace is in this mode. */
export function maySignIn(mode: LockdownMode, role: string): boolean {
  return mode !== "admins-only" || role === "admin";
}

/** What a refused change says, beside the form that tried it. */
export const READ_ONLY_REFUSAL = "Vigil is read-only for now: an admin has paused all changes. Nothing was saved.";

/** What a refused sign-in says. */
export const ADMINS_ONLY_REFUSAL = "Vigil is open to admins only for now. Your admin will tell you when it reopens.";
