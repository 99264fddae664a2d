import type { ClaimKind } from "../citation-claims";
import type { BriefAskRow, BriefData } from "./model";
import { formatBriefDate, humanize, isOpenAskStatus, withCites } from "./format";

/** What every section of the brief draws on: the sources and claims they support, and the asks as rows. */
export interface BriefContext {
  data: BriefData;
  today: string;
  /** The order sources take within one claim's citation: by publication date, undated last, then id. */
  sourceOrder: (a: number, b: number) => number;
  /** The sources the reader may see, by id. */
  sourcesById: Map<number, BriefData["sources"][number]>;
  /** Of these source ids, those the reader may see. */
  cite: (ids: number[]) => number[];
  /** The sources cited for a claim: a fact of the case, or a record's claim by its id. */
  citesOf: (claim: ClaimKind, subjectId?: number) => number[];
  officials: Map<number, BriefData["officials"][number]>;
  askRows: BriefAskRow[];
  askIdsWhere: (keep: (ask: BriefData["asks"][number]) => boolean) => Set<number>;
  openAsks: BriefAskRow[];
}

export function briefContext(data: BriefData, today: string): BriefContext {
  // Sources hidden from the reader were never read, so they are never cited.
  const sourcesById = new Map(data.sources.map((s) => [s.id, s]));
  const sourceOrder = (a: number, b: number) => {
    const da = sourcesById.get(a)?.publishedOn ?? "9999";
    const db = sourcesById.get(b)?.publishedOn ?? "9999";
    return da === db ? a - b : da < db ? -1 : 1;
  };
  const cite = (ids: number[]) => [...new Set(ids)].filter((id) => sourcesById.has(id));
  const byClaim = new Map<string, number[]>();
  for (const c of data.citations) {
    const key = `${c.claim}:${c.subjectId}`;
    byClaim.set(key, [...(byClaim.get(key) ?? []), c.sourceId]);
  }
  const citesOf = (claim: ClaimKind, subjectId = data.case.id) => cite(byClaim.get(`${claim}:${subjectId}`) ?? []);

  const officials = new Map(data.officials.map((o) => [o.id, o]));
  // Asks in the order they were made (undated last).
  const asksByDate = [...data.asks].sort((a, b) => {
    const da = a.madeOn ?? "9999";
    const db = b.madeOn ?? "9999";
    return da === db ? a.id - b.id : da < db ? -1 : 1;
  });
  const askRows: BriefAskRow[] = asksByDate.map((a) => {
    const official = officials.get(a.officialId);
    const responses = a.changes.filter((ch) => ch.note.trim() !== "");
    const last = responses[responses.length - 1];
    const open = isOpenAskStatus(a.status);
    return {
      askId: a.id,
      date: formatBriefDate(a.madeOn),
      official: official?.name ?? "Unknown official",
      office: a.officeAtTime || official?.office || "—",
      channel: humanize(a.channel),
      ask: a.confidential ? `${a.text} (Confidential ask.)` : a.text,
      response: last
        ? withCites(
            `${last.note}${last.noteConfidential ? " (Confidential note.)" : ""} (${formatBriefDate(last.occurredOn)})`,
            citesOf("ask_move", last.id),
          )
        : open
          ? "No response recorded yet."
          : "—",
      status: humanize(a.status),
      followUpOn: a.followUpOn,
      overdue: open && a.followUpOn !== null && a.followUpOn < today,
      cites: citesOf("ask", a.id),
    };
  });
  const askIdsWhere = (keep: (ask: BriefData["asks"][number]) => boolean) => new Set(asksByDate.filter(keep).map((a) => a.id));
  // Open asks, soonest follow-up first (those without a follow-up date last).
  const openAskIds = askIdsWhere((a) => isOpenAskStatus(a.status));
  const openAsks = askRows
    .filter((r) => openAskIds.has(r.askId))
    .sort((a, b) => (a.followUpOn ?? "9999").localeCompare(b.followUpOn ?? "9999"));

  return { data, today, sourceOrder, sourcesById, cite, citesOf, officials, askRows, askIdsWhere, openAsks };
}
