import type { ReactNode } from "react";
import type { SessionView } from "@/server/dal/sessions";
import { formatDateTime } from "@/app/_components/ui";

/** Open sessions, with what each row offers to end it. */
export function SessionTable({ sessions, end }: { sessions: SessionView[]; end?: (session: SessionView) => ReactNode }) {
  if (sessions.length === 0) return <p className="text-sm text-slate-700">No open sessions.</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-slate-600">
        <tr>
          <th scope="col" className="py-2 pr-4 font-medium">
            Browser
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            Address
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            Signed in
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            Last seen
          </th>
          {end ? (
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">End</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id} className="border-t border-slate-200 align-top">
            <td className="py-2 pr-4">
              {session.browser}
              {session.current ? (
                <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-900">This browser</span>
              ) : null}
            </td>
            <td className="py-2 pr-4">{session.clientAddress ?? "Not known"}</td>
            <td className="py-2 pr-4">{formatDateTime(session.startedAt)}</td>
            <td className="py-2 pr-4">{formatDateTime(session.lastSeenAt)}</td>
            {end ? <td className="py-2">{end(session)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
