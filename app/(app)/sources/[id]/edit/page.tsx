import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getSource } from "@/server/dal/sources";
import { requirePageUser } from "@/server/dal/session";
import { canWrite } from "@/domain/permissions";
import { parseId } from "@/domain/schemas/fields";
import { SOURCE_TYPES, type SourceType } from "@/domain/schemas/source";
import { PageHeader } from "@/app/_components/ui";
import { SourceForm } from "../../source-form";
import { safeReturnTo } from "../../edit-source-link";

export const metadata: Metadata = { title: "Edit source" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string }> };

export default async function EditSourcePage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getSource(user, id) : null;
  if (!found) notFound();
  const returnTo = safeReturnTo((await searchParams).from);
  if (!canWrite(user)) redirect(returnTo);
  return (
    <>
      <PageHeader title="Edit source" subtitle="Changes show on every case this source is linked to." />
      <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <SourceForm
          mode="edit"
          sourceId={found.id}
          version={found.version}
          returnTo={returnTo}
          defaultValues={{
            title: found.title,
            outlet: found.outlet,
            url: found.url ?? "",
            publishedOn: found.publishedOn ?? "",
            type: (SOURCE_TYPES as readonly string[]).includes(found.type) ? (found.type as SourceType) : "other",
            excerpt: found.excerpt,
            notes: found.notes,
            confidential: found.confidential,
          }}
        />
      </div>
    </>
  );
}
