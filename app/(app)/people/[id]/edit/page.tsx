import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getPerson, listCaseChoices } from "@/server/dal/people";
import { requirePageUser } from "@/server/dal/session";
import { canWrite } from "@/domain/permissions";
import { parseId } from "@/domain/schemas/fields";
import { PageHeader } from "@/app/_components/ui";
import { MAX_QUERY_LENGTH } from "@/domain/search-query";
import { PersonForm } from "../../person-form";

export const metadata: Metadata = { title: "Edit person" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ findCase?: string | string[] }> };

export default async function EditPersonPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getPerson(user, id) : null;
  if (!found) notFound();
  if (!canWrite(user)) redirect(`/people/${found.id}`);
  const { findCase } = await searchParams;
  const caseSearch = typeof findCase === "string" ? findCase.slice(0, MAX_QUERY_LENGTH) : "";
  return (
    <>
      <PageHeader
        title={
          <>
            Edit <bdi>{found.name}</bdi>
          </>
        }
      />
      <PersonForm
        mode="edit"
        personId={found.id}
        cases={listCaseChoices(user, { q: caseSearch, includeId: found.caseId })}
        caseSearch={caseSearch}
        defaultValues={{
          kind: found.kind,
          name: found.name,
          office: found.office,
          institution: found.institution,
          country: found.country,
          notes: found.notes,
          caseId: found.caseId ? String(found.caseId) : "",
          confidential: found.confidential,
          version: found.version,
        }}
      />
    </>
  );
}
