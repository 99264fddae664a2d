import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getUser } from "@/server/dal/users";
import { requirePageAdmin } from "@/server/dal/session";
import { ROLE_LABELS } from "@/domain/permissions";
import { parseId } from "@/domain/schemas/fields";
import { Badge, Card, PageHeader, formatDate } from "@/app/_components/ui";
import { ActiveForm, PasswordResetForm, RoleForm } from "./user-forms";
import { TwoFactorResetForm } from "../two-factor-forms";
import { getUserTwoFactorSummary } from "@/server/dal/two-factor";
import { listUserSessions } from "@/server/dal/sessions";
import { SessionTable } from "@/app/_components/session-table";
import { ActionButton, SharedAnswer } from "@/app/_components/action-button";
import { endUserSessionsAction } from "../actions";

export const metadata: Metadata = { title: "User" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function UserPage({ params, searchParams }: Props) {
  const user = await requirePageAdmin();
  const id = parseId((await params).id);
  const found = id ? getUser(user, id) : null;
  if (!found) notFound();
  const { created } = await searchParams;
  const self = found.id === user.id;
  const twoFactor = getUserTwoFactorSummary(user, found.id);
  const sessions = await listUserSessions(user, found.id);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-brand-700 underline">
          ← All users
        </Link>
      </p>
      <PageHeader
        title={<bdi>{found.name}</bdi>}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <bdi>{found.email}</bdi>
            <Badge tone="teal">{ROLE_LABELS[found.role]}</Badge>
            {found.active ? <Badge tone="green">Active</Badge> : <Badge>Deactivated</Badge>}
            <span>since {formatDate(found.createdAt)}</span>
          </span>
        }
      />
      {created ? (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          Account created. The person can sign in now.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Role">
          <RoleForm userId={found.id} role={found.role} />
        </Card>
        <Card title="Reset password">
          <PasswordResetForm userId={found.id} self={self} />
        </Card>
        <Card title={found.active ? "Deactivate" : "Reactivate"}>
          <ActiveForm userId={found.id} active={found.active} />
        </Card>
        <Card title="Two-factor sign-in">
          {twoFactor.on && twoFactor.since ? (
            <>
              <p className="mb-3 text-sm text-slate-700">{`On since ${formatDate(twoFactor.since)}.`}</p>
              <TwoFactorResetForm userId={found.id} />
            </>
          ) : (
            <p className="text-sm text-slate-700">Off: this account signs in with its password alone.</p>
          )}
        </Card>
      </div>
      <Card title={`Open sessions (${sessions.length})`} className="mt-6">
        {/* The button goes once no session is left: its answer is kept above the table. */}
        <SharedAnswer>
          <SessionTable sessions={sessions} />
          {sessions.some((s) => !s.current) ? (
            <div className="mt-4">
              <ActionButton
                action={endUserSessionsAction}
                args={[found.id]}
                label={self ? "End my other sessions" : "End all sessions of this user"}
                pendingLabel="Ending…"
                variant="danger"
                formLabel="End all sessions of this user"
              />
            </div>
          ) : null}
        </SharedAnswer>
      </Card>
    </>
  );
}
