import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/server/dal/session";
import { canWrite } from "@/domain/permissions";
import { PageHeader } from "@/app/_components/ui";
import { CaseForm } from "../case-form";

export const metadata: Metadata = { title: "New case" };

export default async function NewCasePage() {
  const user = await requirePageUser();
  if (!canWrite(user)) redirect("/cases");
  return (
    <>
      <PageHeader title="New case" subtitle="Record a person at risk and the facts of their detention." />
      <CaseForm mode="create" defaultValues={{ priority: "medium", status: "detained" }} />
    </>
  );
}
