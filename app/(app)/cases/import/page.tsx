import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/server/dal/session";
import { canWrite } from "@/domain/permissions";
import { PageHeader } from "@/app/_components/ui";
import { CASE_CSV_FIELDS } from "@/domain/schemas/case-csv";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import cases" };

export default async function ImportCasesPage() {
  const user = await requirePageUser();
  if (!canWrite(user)) redirect("/cases");
  return (
    <>
      <PageHeader title="Import cases" subtitle="Add many cases at once from a CSV file." />
      <div className="mb-6 max-w-3xl space-y-2 text-sm text-slate-700">
        <p>
          Upload a CSV file (UTF-8, first row = column names). Columns are matched to case fields by their names; the columns of an{" "}
          <Link href="/cases" className="underline">
            exported case list
          </Link>{" "}
          match as they are. You can change any match before importing. Nothing is written until you press “Import”, and then either every
          row is imported or, if any row has a problem, none is.
        </p>
        <p>
          Required columns: {CASE_CSV_FIELDS.personName}, {CASE_CSV_FIELDS.title}, {CASE_CSV_FIELDS.country}, {CASE_CSV_FIELDS.status} and{" "}
          {CASE_CSV_FIELDS.priority}. Dates are written YYYY-MM-DD, tags separated by commas. You become the owner of the imported cases.
        </p>
        <p>
          <strong>Duplicates:</strong> a row whose name and country match a case already stored (ignoring upper/lower case and accents), or
          whose {CASE_CSV_FIELDS.slug} names a stored case, is <strong>skipped, not updated</strong>; so is a row repeating an earlier row
          of the file. Importing the same file twice therefore adds nothing the second time.
        </p>
      </div>
      <ImportForm />
    </>
  );
}
