import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getCase } from "@/server/dal/cases";
import { getAsk, listAskOwners } from "@/server/dal/asks";
import { requirePageUser } from "@/server/dal/session";
import { canChangeCase } from "@/domain/permissions";
import { parseId } from "@/domain/schemas/fields";
import { EditAskForm } from "./edit-ask-form";

export const metadata: Metadata = { title: "Edit ask" };

export default async function EditAskPage({ params }: { params: Promise<{ id: string; askId: string }> }) {
  const user = await requirePageUser();
  const raw = await params;
  const caseId = parseId(raw.id);
  const askId = parseId(raw.askId);
  const found = caseId ? getCase(user, caseId) : null;
  const ask = found && askId ? getAsk(user, askId) : null;
  if (!found || !ask || ask.caseId !== found.id) notFound();
  if (!canChangeCase(user, found)) redirect(`/cases/${found.id}/asks`);
  const owners = listAskOwners(user);
  // Keep a former owner selectable so an unrelated edit does not silently reassign the ask.
  const currentOwnerListed = ask.ownerId === null || owners.some((o) => o.id === ask.ownerId);
  return (
    <>
      <h2 className="mb-4 text-xl font-semibold">Edit ask</h2>
      <EditAskForm
        askId={ask.id}
        caseId={found.id}
        owners={owners}
        ownerMissing={!currentOwnerListed}
        defaultValues={{
          text: ask.text,
          channel: ask.channel as never,
          madeOn: ask.madeOn ?? "",
          ownerId: ask.ownerId === null ? "" : String(ask.ownerId),
          followUpOn: ask.followUpOn ?? "",
          officeAtTime: ask.officeAtTime,
          confidential: ask.confidential,
          version: ask.version,
        }}
      />
    </>
  );
}
