import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/brief";
import * as officials from "@/db/queries/brief-officials";
import { findCaseById } from "@/db/queries/cases";
import { listTeamNames } from "@/db/queries/case-team";
import { buildCaseBrief, briefFileName } from "@/domain/brief";
import { DomainRuleError, MissingGlyphsError, NotFoundError } from "@/domain/errors";
import { assertCanRead, canSeeConfidential, PermissionError, type Actor } from "@/domain/permissions";
import { readerFor } from "@/db/visibility";
import { renderBriefPdf } from "@/server/brief/pdf";
import { findMissingGlyphs } from "@/server/brief/missing-glyphs";
import { renderBriefDocx } from "@/server/brief/docx";
import { BriefRenderCache } from "@/server/brief/render-cache";
import { BRIEF_CONTENT_TYPES, type BriefExportInput } from "@/domain/schemas/brief";

// The case brief's data-access layer: who may export which version, then build,
// render and record the export.

const renders = new BriefRenderCache();

export function listBriefOfficials(actor: Actor | null, caseId: number) {
  assertCanRead(actor);
  return officials.listBriefOfficials(getDb(), readerFor(actor), caseId);
}

export async function exportCaseBrief(
  actor: Actor | null,
  caseId: number,
  input: Omit<BriefExportInput, "allowMissingGlyphs"> & { allowMissingGlyphs?: boolean },
  today: string = new Date().toISOString().slice(0, 10),
): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  assertCanRead(actor);
  const db = getDb();
  // A restricted case is not there for someone off its team, whatever version they ask for.
  const found = findCaseById(db, readerFor(actor), caseId);
  if (!found) throw new NotFoundError("That case does not exist.");
  // Confidential sources, notes and contacts never reach a viewer, in any export.
  if (input.includeConfidential && !canSeeConfidential(actor)) {
    throw new PermissionError("Only campaigners and admins can export the confidential version of a brief.");
  }
  // The version without confidential items reads as someone who may not see them would.
  const reader = readerFor(actor, { withoutConfidential: !input.includeConfidential });
  if (input.official !== null && !officials.isBriefOfficial(db, reader, caseId, input.official)) {
    const hiddenFromThisVersion = canSeeConfidential(actor) && officials.isBriefOfficial(db, readerFor(actor), caseId, input.official);
    throw new DomainRuleError(
      hiddenFromThisVersion
        ? "official: This official is confidential: a brief for a meeting with them must include confidential items."
        : "official: That official does not exist.",
    );
  }
  const data = q.loadBriefData(db, reader, caseId, input.official);
  if (!data) throw new NotFoundError("That case does not exist.");
  const brief = buildCaseBrief(data, {
    includeConfidential: input.includeConfidential,
    officialId: input.official,
    preparedBy: actor.name,
    today,
    restrictedTo: found.restricted ? listTeamNames(db, readerFor(actor), caseId) : undefined,
  });
  // Word documents draw with the reader's own fonts; only the PDF embeds ours.
  if (input.format === "pdf" && !input.allowMissingGlyphs) {
    const missing = findMissingGlyphs(brief);
    if (missing.length) throw new MissingGlyphsError(missing);
  }
  const body = await renders.render(input.format, brief, input.format === "pdf" ? renderBriefPdf : renderBriefDocx);
  const fileName = briefFileName(data.case.slug, today, input.format, input.includeConfidential);
  officials.recordBriefExport(db, actor.id, caseId, {
    format: input.format,
    confidential: input.includeConfidential,
    officialId: input.official,
    official: brief.meeting?.officialName ?? null,
    fileName,
  });
  return { body, fileName, contentType: BRIEF_CONTENT_TYPES[input.format] };
}
