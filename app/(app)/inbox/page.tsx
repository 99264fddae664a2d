import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/server/dal/session";
import { listNotifications } from "@/server/dal/notifications";
import { describeNotification } from "@/domain/notification-text";
import { ActionButton, SharedAnswer } from "@/app/_components/action-button";
import { Badge, Card, PageHeader, formatDateTime } from "@/app/_components/ui";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  const user = await requirePageUser();
  const notices = listNotifications(user);
  const unread = notices.filter((n) => !n.readAt).length;
  return (
    <>
      <PageHeader
        title="Inbox"
        subtitle="What colleagues did on the cases you own or watch, and the cases given to you. Watch a case from its page."
      />
      <Card title={unread > 0 ? `${unread} unread` : "Nothing unread"}>
        <SharedAnswer>
          {unread > 0 ? (
            <div className="mb-4">
              <ActionButton
                action={markAllNotificationsReadAction}
                args={[{ mark: "all-read" }]}
                label="Mark all read"
                pendingLabel="Marking…"
                formLabel="Mark all notices read"
              />
            </div>
          ) : null}
          {notices.length === 0 ? (
            <p className="text-slate-600">
              No notices yet. You are told here when a case is given to you, and when a case you watch changes.
            </p>
          ) : (
            <ul aria-label="Notices" className="divide-y divide-slate-100">
              {notices.map((n) => {
                const { text, href } = describeNotification(n);
                return (
                  <li key={n.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                    <div>
                      <Link href={href} className={`text-brand-700 hover:underline ${n.readAt ? "" : "font-semibold"}`}>
                        <bdi>{text}</bdi>
                      </Link>
                      <p className="text-sm text-slate-600">
                        {formatDateTime(n.createdAt)}
                        {n.readAt ? null : (
                          <span className="ml-2">
                            <Badge tone="teal">New</Badge>
                          </span>
                        )}
                      </p>
                    </div>
                    {n.readAt ? null : (
                      <ActionButton
                        action={markNotificationReadAction}
                        args={[n.id]}
                        label="Mark read"
                        pendingLabel="Marking…"
                        formLabel={`Mark read: ${text}`}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </SharedAnswer>
      </Card>
    </>
  );
}
