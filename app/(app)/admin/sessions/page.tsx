import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAdmin } from "@/server/dal/session";
import { listNewBrowserSignIns } from "@/server/dal/sessions";
import { ActionButton } from "@/app/_components/action-button";
import { Badge, Card, PageHeader, formatDateTime } from "@/app/_components/ui";
import { endEveryonesSessionsAction } from "./actions";

export const metadata: Metadata = { title: "Sessions" };

export default async function AdminSessionsPage() {
  const admin = await requirePageAdmin();
  const signIns = listNewBrowserSignIns(admin);
  return (
    <>
      <PageHeader title="Sessions" subtitle="Sign-ins from new browsers, and ending every session at once." />
      <Card title="End everyone's sessions" className="mb-6 max-w-2xl">
        <p className="mb-3 text-sm text-slate-700">
          For when a laptop or phone may be in the wrong hands: every browser signed in to Vigil, except this one, is signed out on its next
          request. People sign in again with their password (and code).
        </p>
        <ActionButton
          action={endEveryonesSessionsAction}
          args={[{ end: "everyone" }]}
          label="End everyone's sessions"
          pendingLabel="Ending…"
          variant="danger"
          confirm={{ question: "Sign out everyone but you, now?", yes: "Yes, end every session" }}
          formLabel="End everyone's sessions"
        />
      </Card>
      <Card title="Sign-ins from new browsers">
        <p className="mb-3 text-sm text-slate-700">
          The latest 50 sign-ins from a browser the account had not used before. Each person is also shown theirs.
        </p>
        {signIns.length === 0 ? (
          <p className="text-sm text-slate-700">None yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  When
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  User
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Browser
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Address
                </th>
                <th scope="col" className="py-2 font-medium">
                  Session
                </th>
              </tr>
            </thead>
            <tbody>
              {signIns.map((s) => (
                <tr key={s.id} className="border-t border-slate-200">
                  <td className="py-2 pr-4">{formatDateTime(s.startedAt)}</td>
                  <td className="py-2 pr-4">
                    <Link href={`/admin/users/${s.userId}`} className="link">
                      <bdi>{s.userName}</bdi>
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{s.browser}</td>
                  <td className="py-2 pr-4">{s.clientAddress ?? "Not known"}</td>
                  <td className="py-2">{s.endedAt ? <Badge>Ended</Badge> : <Badge tone="green">Open or expired</Badge>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
