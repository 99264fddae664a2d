import type { Db } from "../db/client";
import { findUserByEmail } from "../db/queries/users";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./seeds/demo";
import { verifyPassword } from "./password";

/**
 * The demo accounts anyone could sign in to: active, and still with the published demo
 * password. Empty once each one is deactivated or has a new password (or was never created).
 */
export async function findOpenDemoAccounts(db: Db): Promise<string[]> {
  const open: string[] = [];
  for (const { email } of DEMO_ACCOUNTS) {
    const user = findUserByEmail(db, email);
    if (user?.active && (await verifyPassword(user.passwordHash, DEMO_PASSWORD))) open.push(email);
  }
  return open;
}
