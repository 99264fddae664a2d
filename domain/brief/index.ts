import { nameWithNative } from "../person-name";
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
import { sourceLists, sourcesSection } from "./sources";
import { numberCitations } from "./numbering";

/**
 * The case brief: one content model that both the PDF and the Word renderer draw,
 * so the two formats can never disagree. Everything a renderer prints (citation
 * markers included) is decided here; renderers only lay it out. Each section is built
 * in its own file; this composes them in the order the brief reads.
 */

export * from "./model";
export { attachmentDisposition, briefFileName, citeMarks } from "./format";

/** A restricted case's brief says so, as its pages do: who may know of it. */
function restrictedMarking(team: string[]): string {
  return `Restricted case: known only to ${team.join(", ")}. Share only as they agree.`;
}

export function buildCaseBrief(data: BriefData, options: BriefOptions): CaseBrief {
  const { includeConfidential, officialId, preparedBy, today } = options;
  const c = data.case;
  const ctx = briefContext(data, today);
  const { meeting: meetingRows, sections: meetingPart } = meetingSections(ctx, officialId);
  const composed = [
    ...meetingPart,
    ...summarySection(ctx),
    ...factsSection(ctx),
    ...timelineSection(ctx),
    ...advocacySections(ctx, meetingRows ? new Set(meetingRows.pastAsks.map((r) => r.askId)) : null),
    // The timeline already tells every outcome with its date; a meeting brief does not repeat them.
    ...(meetingRows ? [] : outcomesSection(ctx)),
    ...notesAndContactsSections(ctx),
  ];
  // Numbered last, over the brief as composed, so the numbers follow the reading order
  // whatever order the sections take.
  const numbering = numberCitations(composed, ctx.sourceOrder, new Set(ctx.sourcesById.keys()), { markUnsourced: includeConfidential });
  const rows = new Map(ctx.askRows.map((r) => [r.askId, numbering.resolveRow(r)]));
  const resolved = (list: typeof ctx.askRows) => list.map((r) => rows.get(r.askId) ?? r);
  const askRows = resolved(ctx.askRows);
  const openAsks = resolved(ctx.openAsks);
  const meeting = meetingRows && { ...meetingRows, pastAsks: resolved(meetingRows.pastAsks), openAsks: resolved(meetingRows.openAsks) };
  const lists = sourceLists(ctx, numbering.numberOf);
  const sections = [...numbering.sections, ...sourcesSection(lists)];

  const meetingWith = meeting ? `${meeting.officialName}${meeting.office ? `, ${meeting.office}` : ""}` : null;
  return {
    header: {
      title: `Case brief: ${c.personName}`,
      personName: nameWithNative(c.personName, c.nativeName),
      caseTitle: c.title,
      country: c.country,
      status: statusLabel(c.status),
      preparedOn: formatBriefDate(today),
      preparedBy,
      confidential: includeConfidential,
      marking: [
        includeConfidential
          ? `${CONFIDENTIAL_MARKING}: includes confidential items (sources, notes, contacts, asks and outcomes). Do not share.`
          : DEFAULT_MARKING,
        ...(options.restrictedTo ? [restrictedMarking(options.restrictedTo)] : []),
      ].join(" "),
      meetingWith,
    },
    runningTitle: `Case brief: ${c.personName}`,
    fileBase: briefFileBase(c.slug, today, includeConfidential),
    sections,
    sources: lists.cited,
    otherSources: lists.other,
    asks: askRows,
    openAsks,
    meeting,
  };
}
