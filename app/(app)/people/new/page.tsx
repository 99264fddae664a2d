import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { listCaseChoices } from "@/lib/dal/people";
import { requirePageUser } from "@/lib/dal/session";
import { canWrite } from "@/lib/domain/permissions";
import { isPersonKind } from "@/lib/validation/person";
import { PageHeader } from "@/app/_components/ui";
import { PersonForm } from "../person-form";

export const metadata: Metadata = { title: "Add person" };

export default async function NewPersonPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const user = await requirePageUser();
  if (!canWrite(user)) redirect("/people");
  const kind = (await searchParams).kind;
  return (
    <>
      <PageHeader title="Add person" subtitle="An official, an organisation or a contact for a case" />
      <PersonForm mode="create" cases={listCaseChoices(user)} defaultValues={isPersonKind(kind) ? { kind } : {}} />
    </>
  );
}
