import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/server/dal/session";
import { listMySessions } from "@/server/dal/sessions";
import { ActionButton, SharedAnswer } from "@/app/_components/action-button";
import { Card, PageHeader } from "@/app/_components/ui";
import { SessionTable } from "@/app/_components/session-table";
import { endOtherSessionsAction, endSessionAction } from "./actions";

export const metadata: Metadata = { title: "Your sessions" };

export default async function SessionsPage() {
  const user = await requirePageUser();
  const sessions = await listMySessions(user);
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/account" className="text-brand-700 underline">
          ← Account
        </Link>
      </p>
      <PageHeader
        title="Your sessions"
        subtitle="Every browser signed in to your account now. If you do not recognise one, end it and change your password."
      />
      <Card title={`Signed in now (${sessions.length})`}>
        <SharedAnswer>
          <SessionTable
            sessions={sessions}
            end={(session) =>
              session.current ? (
                <span className="text-sm text-slate-600">This browser: sign out to end it</span>
              ) : (
                <ActionButton
                  action={endSessionAction}
                  args={[{ sessionId: session.id }]}
                  label="End session"
                  pendingLabel="Ending…"
                  formLabel={`End the session of ${session.browser}`}
                />
              )
            }
          />
          {others > 0 ? (
            <div className="mt-4">
              <ActionButton
                action={endOtherSessionsAction}
                args={[{ end: "others" }]}
                label="End all other sessions"
                pendingLabel="Ending…"
                variant="danger"
                formLabel="End all other sessions"
              />
            </div>
          ) : null}
        </SharedAnswer>
      </Card>
    </>
  );
}
