import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getCase } from "@/server/dal/cases";
import { requirePageUser } from "@/server/dal/session";
import { canChangeCase } from "@/domain/permissions";
import { parseId } from "@/domain/schemas/fields";
import { caseToFormValues } from "@/domain/schemas/case";
import { CaseForm } from "../../case-form";

export const metadata: Metadata = { title: "Edit case" };

export default async function EditCasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  if (!found) notFound();
  if (!canChangeCase(user, found)) redirect(`/cases/${found.id}`);
  return (
    <>
      <h2 className="mb-4 text-xl font-semibold">Edit case</h2>
      <CaseForm mode="edit" caseId={found.id} defaultValues={caseToFormValues(found)} />
    </>
  );
}
