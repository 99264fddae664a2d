import type { Metadata } from "next";
import Link from "next/link";
import { PageLinks } from "@/app/_components/page-links";
import { getCaseFilterOptions, listCases } from "@/server/dal/cases";
import { requirePageUser } from "@/server/dal/session";
import { canWrite } from "@/domain/permissions";
import { CASE_STATUSES, CASE_STATUS_LABELS } from "@/domain/case-status";
import { PRIORITIES, PRIORITY_LABELS } from "@/domain/schemas/case";
import {
  CASE_FOLLOWS,
  CASE_FOLLOW_LABELS,
  CASE_SORTS,
  CASE_SORT_LABELS,
  caseListSearch,
  parseCaseListQuery,
} from "@/domain/schemas/case-list";
import { ButtonLink, PageHeader, buttonClass } from "@/app/_components/ui";
import { caseRowView } from "@/server/views/case-rows";
import { CaseRows } from "./case-rows";
import { FilterSelect } from "./filter-select";

export const metadata: Metadata = { title: "Cases" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CasesPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const query = parseCaseListQuery(await searchParams);
  const { rows, total, pageSize } = listCases(user, query);
  const options = getCaseFilterOptions(user);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = query.page;
  const pageHref = (p: number) => `/cases?${caseListSearch(query, { page: p })}`;
  const filterSearch = caseListSearch(query);
  const filtered = Boolean(query.status || query.country || query.tag || query.priority || query.owner || query.follow);
  // A value in the URL that is no longer among the choices stays selectable, so the form shows what is applied.
  const withCurrent = (list: string[], current?: string) => (current && !list.includes(current) ? [current, ...list] : list);

  return (
    <>
      <PageHeader
        title="Cases"
        subtitle={`${total} ${total === 1 ? "case" : "cases"}${filtered ? (total === 1 ? " matches the filters" : " match the filters") : ""}`}
        actions={
          <div className="flex flex-wrap gap-2">
            <a href={`/api/export/cases${filterSearch ? `?${filterSearch}` : ""}`} className={buttonClass("secondary")} download>
              Export CSV
            </a>
            {canWrite(user) ? (
              <>
                <ButtonLink href="/cases/import" variant="secondary">
                  Import CSV
                </ButtonLink>
                <ButtonLink href="/cases/new">New case</ButtonLink>
              </>
            ) : null}
          </div>
        }
      />
      <form method="get" action="/cases" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter cases">
        <FilterSelect
          id="follow-filter"
          name="follow"
          label="Show"
          value={query.follow ?? ""}
          allLabel="All cases"
          options={CASE_FOLLOWS.map((f) => ({ value: f, label: CASE_FOLLOW_LABELS[f] }))}
        />
        <FilterSelect
          id="status-filter"
          name="status"
          label="Status"
          value={query.status ?? ""}
          allLabel="All statuses"
          options={CASE_STATUSES.map((s) => ({ value: s, label: CASE_STATUS_LABELS[s] }))}
        />
        <FilterSelect
          id="country-filter"
          name="country"
          label="Country"
          value={query.country ?? ""}
          allLabel="All countries"
          options={withCurrent(options.countries, query.country).map((c) => ({ value: c, label: c }))}
        />
        <FilterSelect
          id="tag-filter"
          name="tag"
          label="Tag"
          value={query.tag ?? ""}
          allLabel="All tags"
          options={withCurrent(options.tags, query.tag).map((t) => ({ value: t, label: t }))}
        />
        <FilterSelect
          id="priority-filter"
          name="priority"
          label="Priority"
          value={query.priority ?? ""}
          allLabel="All priorities"
          options={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }))}
        />
        <FilterSelect
          id="owner-filter"
          name="owner"
          label="Owner"
          value={query.owner ? String(query.owner) : ""}
          allLabel="All owners"
          options={options.owners.map((o) => ({ value: String(o.id), label: o.name }))}
        />
        <FilterSelect
          id="sort-order"
          name="sort"
          label="Sort by"
          value={query.sort}
          options={CASE_SORTS.map((s) => ({ value: s, label: CASE_SORT_LABELS[s] }))}
        />
        <button type="submit" className={buttonClass("secondary")}>
          Apply
        </button>
        {filtered || query.sort !== "updated_desc" ? (
          <Link href="/cases" className="self-center text-sm underline">
            Clear filters
          </Link>
        ) : null}
      </form>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {filtered ? "No cases match these filters." : `No cases yet.${canWrite(user) ? " Use “New case” to record the first one." : ""}`}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="data-table min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">Cases</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="font-semibold">
                  Person
                </th>
                <th scope="col" className="font-semibold">
                  Country
                </th>
                <th scope="col" className="font-semibold">
                  Status
                </th>
                <th scope="col" className="font-semibold">
                  Priority
                </th>
                <th scope="col" className="font-semibold">
                  Arrested
                </th>
                <th scope="col" className="font-semibold">
                  Owner
                </th>
                <th scope="col" className="font-semibold">
                  Last change
                </th>
              </tr>
            </thead>
            <CaseRows cases={rows.map(caseRowView)} />
          </table>
        </div>
      )}
      <p className="mt-4 text-sm">
        <Link href="/cases/archived" className="text-brand-700 underline">
          Archived cases
        </Link>
      </p>
      <PageLinks page={page} pages={pages} href={pageHref} />
    </>
  );
}
