import Link from "next/link";
import type { AuditEventRow } from "@/server/dal/audit";
import { CASE_STATUS_LABELS, isCaseStatus } from "@/domain/case-status";
import { ROLE_LABELS, ROLES, type Role } from "@/domain/permissions";

// How audit events read to a person: who did what, and which fields went from what to what.

const ACTION_LABELS: Record<string, string> = {
  create: "Created",
  update: "Edited",
  status_change: "Changed status",
  sign_in: "Signed in",
  sign_in_failed: "Failed sign-in",
  role_change: "Changed role",
  deactivate: "Deactivated account",
  reactivate: "Reactivated account",
  password_reset: "Reset password",
  password_change: "Changed own password",
  password_change_failed: "Failed password change",
  export: "Exported",
  link: "Linked",
  unlink: "Unlinked",
  cite: "Cited",
  uncite: "Stopped citing",
  delete: "Deleted",
  archive: "Archived",
  team_changed: "Changed who can see the case",
  admin_joined_team: "Admin added themself to the team",
  access_requested: "Asked for access",
  access_granted: "Granted access",
  access_declined: "Declined access",
  sign_in_code_asked: "Password right, code asked for",
  two_factor_enabled: "Turned on two-factor sign-in",
  two_factor_disabled: "Turned off two-factor sign-in",
  two_factor_disable_failed: "Failed to turn off two-factor sign-in",
  two_factor_reset: "Reset two-factor sign-in",
  two_factor_policy: "Changed who must use two-factor sign-in",
  sign_out: "Signed out",
  sessions_ended: "Ended sessions",
  all_sessions_ended: "Ended everyone's sessions",
  lockdown: "Switched the lockdown",
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/** "personName" → "Person name". */
export function fieldLabel(field: string): string {
  const words = field
    .replace(/_/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function showField(field: string, value: unknown): string {
  if (field === "status" && typeof value === "string" && isCaseStatus(value)) return CASE_STATUS_LABELS[value];
  if (field === "role" && typeof value === "string" && (ROLES as readonly string[]).includes(value)) return ROLE_LABELS[value as Role];
  return show(value);
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "string") {
    // Stored JSON arrays (e.g. tags) read better as a list.
    if (value.startsWith("[")) {
      try {
        const parsed = JSON.parse(value);
        if (Array.isArray(parsed)) return parsed.length ? parsed.join(", ") : "(none)";
      } catch {
        /* shown as is */
      }
    }
    return value;
  }
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "(none)";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function isChange(value: unknown): value is [unknown, unknown] {
  return Array.isArray(value) && value.length === 2;
}

/** The details of one event: changed fields as before → after, anything else as field: value. */
export function AuditDetails({ details }: { details: Record<string, unknown> }) {
  // A country's code moves with its name, which the event shows already.
  const entries = Object.entries(details).filter(([field]) => field !== "countryCode");
  if (entries.length === 0) return null;
  return (
    <dl className="mt-1 space-y-0.5 text-sm">
      {entries.map(([field, value]) => (
        <div key={field} className="flex flex-wrap gap-x-1">
          <dt className="font-medium text-slate-700">{fieldLabel(field)}:</dt>
          <dd className="whitespace-pre-line break-words text-slate-900">
            {isChange(value) ? (
              <>
                <del className="text-slate-600 no-underline">
                  <bdi>{showField(field, value[0])}</bdi>
                </del>
                <span aria-hidden="true"> → </span>
                <span className="sr-only"> changed to </span>
                <ins className="no-underline">
                  <bdi>{showField(field, value[1])}</bdi>
                </ins>
              </>
            ) : (
              <bdi>{showField(field, value)}</bdi>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ActorName({ event }: { event: Pick<AuditEventRow, "actorName" | "action"> }) {
  if (event.actorName) return <bdi>{event.actorName}</bdi>;
  return <span className="text-slate-600">{event.action === "sign_in_failed" ? "(no account)" : "(system)"}</span>;
}

export function RecordLink({ event }: { event: Pick<AuditEventRow, "entityType" | "entityId" | "caseId"> }) {
  const label = `${fieldLabel(event.entityType)}${event.entityId ? ` #${event.entityId}` : ""}`;
  if (event.caseId)
    return (
      <Link href={`/cases/${event.caseId}/history`} className="text-brand-700 underline">
        {label}
      </Link>
    );
  if (event.entityType === "user" && event.entityId)
    return (
      <Link href={`/admin/users/${event.entityId}`} className="text-brand-700 underline">
        {label}
      </Link>
    );
  return <span>{label}</span>;
}
