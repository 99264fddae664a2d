import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getCase } from "@/lib/dal/cases";
import { requirePageUser } from "@/lib/dal/session";
import { canWrite } from "@/lib/domain/permissions";
import { parseId } from "@/lib/validation/fields";
import { CaseForm } from "../../case-form";

export const metadata: Metadata = { title: "Edit case" };

export default async function EditCasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  if (!found) notFound();
  if (!canWrite(user)) redirect(`/cases/${found.id}`);
  return (
    <>
      <h2 className="mb-4 text-xl font-semibold">Edit case</h2>
      <CaseForm
        mode="edit"
        caseId={found.id}
        defaultValues={{
          personName: found.personName,
          title: found.title,
          country: found.country,
          summary: found.summary,
          tags: found.tags.join(", "),
          priority: found.priority,
          arrestDate: found.arrestDate ?? "",
          arrestPlace: found.arrestPlace,
          placeHeld: found.placeHeld,
          charges: found.charges,
          sentence: found.sentence,
          sentenceDate: found.sentenceDate ?? "",
          version: found.version,
        }}
      />
    </>
  );
}
