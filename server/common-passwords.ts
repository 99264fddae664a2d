// The list is about 49,000 passwords (380 KB): only the server loads it, when a password
// is set, so it stays out of every browser bundle and out of memory until then.
import "server-only";
import { FieldRuleError } from "../domain/field-rule-error";

export const COMMON_PASSWORD_MESSAGE = "This password is in a list of commonly used passwords; choose another.";

let commonPasswords: Promise<ReadonlySet<string>> | null = null;

/** zxcvbn-ts's list of common passwords (from leaked password sets), all lower case. */
function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  commonPasswords ??= import("@zxcvbn-ts/language-common").then(({ dictionary }) => new Set(dictionary["passwords-common"]));
  return commonPasswords;
}

export async function commonPasswordCount(): Promise<number> {
  return (await loadCommonPasswords()).size;
}

/** Whether a password is on the list, ignoring case ("Password1234" is as weak as "password1234"). */
export async function isCommonPassword(password: string): Promise<boolean> {
  return (await loadCommonPasswords()).has(password.toLowerCase());
}

/** Refuses a new password that is on the list, as an error beside the password field. */
export async function assertNotCommonPassword(password: string): Promise<void> {
  if (await isCommonPassword(password)) throw new FieldRuleError("password", COMMON_PASSWORD_MESSAGE);
}
