import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getPerson, listCaseChoices } from "@/lib/dal/people";
import { requirePageUser } from "@/lib/dal/session";
import { canWrite } from "@/lib/domain/permissions";
import { parseId } from "@/lib/validation/fields";
import { PageHeader } from "@/app/_components/ui";
import { PersonForm } from "../../person-form";

export const metadata: Metadata = { title: "Edit person" };

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getPerson(user, id) : null;
  if (!found) notFound();
  if (!canWrite(user)) redirect(`/people/${found.id}`);
  return (
    <>
      <PageHeader title={<>Edit <bdi>{found.name}</bdi></>} />
      <PersonForm
        mode="edit"
        personId={found.id}
        cases={listCaseChoices(user)}
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
