import type { BriefData, BriefOptions, CaseBrief } from "./model";
import { CONFIDENTIAL_MARKING, DEFAULT_MARKING } from "./model";
import { briefFileBase, formatBriefDate, statusLabel } from "./format";
import { briefContext } from "./context";
import { meetingSections } from "./meeting";
import { summarySection } from "./summary";
import { factsSection } from "./facts";
import { timelineSection } from "./timeline";
import { advocacySections } from "./advocacy";
import { outcomesSection } from "./outcomes";
import { notesAndContactsSections } from "./notes";
import { sourcesSection } from "./sources";

/**
 * The case brief: one content model that both the PDF and the Word renderer draw,
 * so the two formats can never disagree. Everything a renderer prints (citation
 * markers included) is decided here; renderers only lay it out. Each section is built
 * in its own file; this composes them in the order the brief reads.
 */

export * from "./model";
export { attachmentDisposition, briefFileName, citeMarks } from "./format";

export function buildCaseBrief(data: BriefData, options: BriefOptions): CaseBrief {
  const { includeConfidential, officialId, preparedBy, today } = options;
  const c = data.case;
  const ctx = briefContext(data, today);
  const { sourceEntries, askRows, openAsks } = ctx;
  const { meeting, sections: meetingPart } = meetingSections(ctx, officialId);
  const sections = [
    ...meetingPart,
    ...summarySection(ctx),
    ...factsSection(ctx),
    ...timelineSection(ctx),
    ...advocacySections(ctx, meeting ? new Set(meeting.pastAsks.map((r) => r.askId)) : null),
    ...outcomesSection(ctx),
    ...notesAndContactsSections(ctx),
    ...sourcesSection(ctx),
  ];

  const meetingWith = meeting ? `${meeting.officialName}${meeting.office ? `, ${meeting.office}` : ""}` : null;
  return {
    header: {
      title: `Case brief: ${c.personName}`,
      personName: c.personName,
      caseTitle: c.title,
      country: c.country,
      status: statusLabel(c.status),
      preparedOn: formatBriefDate(today),
      preparedBy,
      confidential: includeConfidential,
      marking: includeConfidential
        ? `${CONFIDENTIAL_MARKING}: includes confidential items (sources, notes, contacts, asks and outcomes). Do not share.`
        : DEFAULT_MARKING,
      meetingWith,
    },
    runningTitle: `Case brief: ${c.personName}`,
    fileBase: briefFileBase(c.slug, today, includeConfidential),
    sections,
    sources: sourceEntries,
    asks: askRows,
    openAsks,
    meeting,
  };
}
