import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { listCaseChoices } from "@/server/dal/people";
import { requirePageUser } from "@/server/dal/session";
import { canWrite } from "@/domain/permissions";
import { isPersonKind } from "@/domain/schemas/person";
import { PageHeader } from "@/app/_components/ui";
import { MAX_QUERY_LENGTH } from "@/domain/search-query";
import { PersonForm } from "../person-form";

export const metadata: Metadata = { title: "Add person" };

export default async function NewPersonPage({ searchParams }: { searchParams: Promise<{ kind?: string; findCase?: string | string[] }> }) {
  const user = await requirePageUser();
  if (!canWrite(user)) redirect("/people");
  const { kind, findCase } = await searchParams;
  const caseSearch = typeof findCase === "string" ? findCase.slice(0, MAX_QUERY_LENGTH) : "";
  return (
    <>
      <PageHeader title="Add person" subtitle="An official, an organisation or a contact for a case" />
      <PersonForm
        mode="create"
        cases={listCaseChoices(user, { q: caseSearch })}
        caseSearch={caseSearch}
        defaultValues={isPersonKind(kind) ? { kind } : {}}
      />
    </>
  );
}
