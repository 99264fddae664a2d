import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCase } from "@/server/dal/cases";
import { listBriefOfficials } from "@/server/dal/brief";
import { requirePageUser } from "@/server/dal/session";
import { canSeeConfidential } from "@/domain/permissions";
import { parseId } from "@/domain/schemas/fields";
import { Card } from "@/app/_components/ui";
import { BriefExportForm } from "./brief-export-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  return { title: found ? `Brief · ${found.personName}` : "Case not found" };
}

export default async function CaseBriefPage({ params }: Props) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  if (!found) notFound();
  const officials = listBriefOfficials(user, found.id);

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card title="Export a case brief" className="lg:col-span-2">
        <p className="mb-4 text-sm text-slate-700">
          A short document to hand over before a meeting: the facts of the case, its timeline, what has been asked of whom and with what
          response, the open asks, the outcomes, and numbered sources cited beside every claim.
        </p>
        <BriefExportForm
          caseId={found.id}
          withAsks={officials.withAsks}
          others={officials.others}
          canIncludeConfidential={canSeeConfidential(user)}
        />
      </Card>
      <Card title="What the brief holds">
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          <li>Header: case, person, status, date, who prepared it, and its marking.</li>
          <li>For a meeting: what to raise with the official and what they answered before, in sentences, on page one.</li>
          <li>Summary, key facts and a timeline of key events.</li>
          <li>Advocacy history, open asks and follow-ups, outcomes.</li>
          <li>Numbered sources; the number is cited where each fact, ask or outcome draws on it.</li>
          <li>
            Confidential items of every kind (sources, notes, contacts, officials, asks, outcomes and notes on moves) are left out unless
            you include them; the brief is then marked CONFIDENTIAL on every page.
          </li>
        </ul>
      </Card>
    </div>
  );
}
