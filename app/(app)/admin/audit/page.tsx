import type { Metadata } from "next";
import Link from "next/link";
import { auditFilterOptions, listAuditEvents } from "@/server/dal/audit";
import { requirePageAdmin } from "@/server/dal/session";
import { parseId } from "@/domain/schemas/fields";
import { PageHeader, buttonClass, formatDateTime, inputClass } from "@/app/_components/ui";
import { ActorName, AuditDetails, RecordLink, actionLabel, fieldLabel } from "@/app/_components/audit-event";

export const metadata: Metadata = { title: "Audit log" };

type Search = { user?: string; type?: string; from?: string; to?: string; page?: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (v: string | undefined) => (v && ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined);

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageAdmin();
  const params = await searchParams;
  const options = auditFilterOptions(user);
  const actorId = params.user ? (parseId(params.user) ?? undefined) : undefined;
  const entityType = params.type && options.entityTypes.includes(params.type) ? params.type : undefined;
  const from = validDate(params.from);
  const to = validDate(params.to);
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  const { rows, total, pageSize } = listAuditEvents(user, { actorId, entityType, from, to, page });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const filters = {
    ...(actorId ? { user: String(actorId) } : {}),
    ...(entityType ? { type: entityType } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const pageHref = (p: number) => `/admin/audit?${new URLSearchParams({ ...filters, page: String(p) })}`;
  const rangeError = from && to && from > to ? "The start date is after the end date, so nothing can match." : null;

  return (
    <>
      <PageHeader
        title="Audit log"
        subtitle={`${total.toLocaleString("en")} ${total === 1 ? "event" : "events"}. Events cannot be changed or deleted.`}
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter audit events">
        <div>
          <label htmlFor="user-filter" className="block text-sm font-medium">
            User
          </label>
          <select id="user-filter" name="user" defaultValue={actorId ? String(actorId) : ""} className={inputClass}>
            <option value="">Everyone</option>
            {options.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="type-filter" className="block text-sm font-medium">
            Record type
          </label>
          <select id="type-filter" name="type" defaultValue={entityType ?? ""} className={inputClass}>
            <option value="">All records</option>
            {options.entityTypes.map((t) => (
              <option key={t} value={t}>
                {fieldLabel(t)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from-filter" className="block text-sm font-medium">
            From (UTC)
          </label>
          <input id="from-filter" name="from" type="date" defaultValue={from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="to-filter" className="block text-sm font-medium">
            To (UTC)
          </label>
          <input id="to-filter" name="to" type="date" defaultValue={to ?? ""} className={inputClass} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Apply
        </button>
        {Object.keys(filters).length > 0 ? (
          <Link href="/admin/audit" className="self-center text-sm text-brand-700 underline">
            Clear filters
          </Link>
        ) : null}
      </form>
      {rangeError ? (
        <p role="alert" className="mb-4 text-sm font-medium text-red-700">
          {rangeError}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          No events match these filters.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">Audit events, newest first</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  When
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Who
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  What
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Record
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Details
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {rows.map((e) => (
                <tr key={e.id}>
                  <td className="px-4 py-3 whitespace-nowrap">
                    <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                  </td>
                  <td className="px-4 py-3">
                    <ActorName event={e} />
                  </td>
                  <td className="px-4 py-3">{actionLabel(e.action)}</td>
                  <td className="px-4 py-3 whitespace-nowrap">
                    <RecordLink event={e} />
                  </td>
                  <td className="px-4 py-3">
                    <AuditDetails details={e.details} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className="text-brand-700 underline">
              Newer
            </Link>
          ) : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <Link href={pageHref(page + 1)} className="text-brand-700 underline">
              Older
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
