import { DomainRuleError } from "./errors";
import type { Role } from "./permissions";

export interface AccountState {
  role: Role;
  active: boolean;
}

export const LAST_ADMIN_MESSAGE =
  "This is the last active admin account. Make another user an admin before removing this one's admin access.";

/**
 * The workspace must keep at least one active admin, or nobody could manage users again.
 * `activeAdmins` is the number of active admins before the change.
 */
export function checkAccountChange(before: AccountState, after: AccountState, activeAdmins: number): void {
  const wasActiveAdmin = before.active && before.role === "admin";
  const staysActiveAdmin = after.active && after.role === "admin";
  if (wasActiveAdmin && !staysActiveAdmin && activeAdmins <= 1) throw new DomainRuleError(LAST_ADMIN_MESSAGE);
}
