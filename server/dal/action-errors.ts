import "server-only";
import { PermissionError } from "@/domain/permissions";
import { DomainRuleError, NotFoundError, StaleVersionError } from "@/domain/errors";
import { FieldRuleError } from "@/domain/field-rule-error";
import type { ActionResult } from "@/domain/action-result";

/**
 * Turns the errors the data layer throws on purpose into a result the form can show.
 * Anything else is a bug and is rethrown (Next.js logs it and shows the error page).
 */
export function toActionFailure(error: unknown): ActionResult<never> {
  if (error instanceof PermissionError) return { ok: false, error: error.message };
  if (error instanceof NotFoundError) return { ok: false, error: error.message };
  if (error instanceof FieldRuleError)
    return { ok: false, error: "Some fields need attention.", fieldErrors: { [error.field]: [error.message] } };
  if (error instanceof DomainRuleError) return { ok: false, error: error.message };
  if (error instanceof StaleVersionError) {
    return { ok: false, error: error.message, conflict: { version: Number(error.current.version), current: error.current } };
  }
  throw error;
}
