import type { Metadata } from "next";
import Link from "next/link";
import { listUsers } from "@/server/dal/users";
import { requirePageAdmin } from "@/server/dal/session";
import { ROLE_LABELS } from "@/domain/permissions";
import { Badge, ButtonLink, Card, PageHeader, formatDate } from "@/app/_components/ui";
import { getTwoFactorPolicy } from "@/server/dal/two-factor";
import { TwoFactorPolicyForm } from "./two-factor-forms";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requirePageAdmin();
  const rows = listUsers(user);
  const active = rows.filter((r) => r.active).length;
  const required = getTwoFactorPolicy(user);

  return (
    <>
      <PageHeader
        title="Users"
        subtitle={`${active} active ${active === 1 ? "account" : "accounts"}${rows.length > active ? `, ${rows.length - active} deactivated` : ""}`}
        actions={
          <>
            <ButtonLink href="/admin/audit" variant="secondary">
              Audit log
            </ButtonLink>
            <ButtonLink href="/admin/users/new">New user</ButtonLink>
          </>
        }
      />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">User accounts</caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">
                Name
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Email
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Role
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Status
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Two-factor
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Since
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((u) => (
              <tr key={u.id} className={u.active ? "hover:bg-slate-50" : "bg-slate-50 text-slate-500"}>
                <td className="px-4 py-3">
                  <Link href={`/admin/users/${u.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                    <bdi>{u.name}</bdi>
                  </Link>
                  {u.id === user.id ? <span className="ml-2 text-xs text-slate-600">(you)</span> : null}
                </td>
                <td className="px-4 py-3">
                  <bdi>{u.email}</bdi>
                </td>
                <td className="px-4 py-3">{ROLE_LABELS[u.role]}</td>
                <td className="px-4 py-3">{u.active ? <Badge tone="green">Active</Badge> : <Badge>Deactivated</Badge>}</td>
                <td className="px-4 py-3">{u.twoFactor ? "On" : "Off"}</td>
                <td className="px-4 py-3 whitespace-nowrap">{formatDate(u.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Card title="Two-factor sign-in" className="mt-6 max-w-2xl">
        <TwoFactorPolicyForm required={required} />
      </Card>
    </>
  );
}
