import type { BriefAskRow, BriefData, BriefSourceEntry } from "./model";
import { formatBriefDate, humanize, isOpenAskStatus } from "./format";

/** What every section of the brief draws on: the numbered sources and the asks as rows. */
export interface BriefContext {
  data: BriefData;
  today: string;
  sourceEntries: BriefSourceEntry[];
  /** The citation numbers of these sources (those the reader may see). */
  cite: (ids: number[]) => number[];
  caseCites: number[];
  officials: Map<number, BriefData["officials"][number]>;
  askRows: BriefAskRow[];
  askIdsWhere: (keep: (ask: BriefData["asks"][number]) => boolean) => Set<number>;
  openAsks: BriefAskRow[];
}

export function briefContext(data: BriefData, today: string): BriefContext {
  // Sources hidden from the reader were never read, so the numbers run 1..n without gaps
  // in either version. Order: by publication date, undated last, then id.
  const visibleSources = [...data.sources].sort((a, b) => {
    const da = a.publishedOn ?? "9999";
    const db = b.publishedOn ?? "9999";
    return da === db ? a.id - b.id : da < db ? -1 : 1;
  });
  const numberOf = new Map<number, number>();
  const sourceEntries: BriefSourceEntry[] = visibleSources.map((s, i) => {
    numberOf.set(s.id, i + 1);
    const parts = [s.title];
    if (s.outlet) parts.push(s.outlet);
    parts.push(s.publishedOn ? formatBriefDate(s.publishedOn) : "undated");
    if (s.type) parts.push(humanize(s.type));
    let text = parts.join(". ") + ".";
    text += s.url ? ` ${s.url}` : " No URL recorded.";
    if (s.confidential) text += " (Confidential source.)";
    return { number: i + 1, sourceId: s.id, text, confidential: s.confidential };
  });
  const cite = (ids: number[]) => ids.map((id) => numberOf.get(id)).filter((n): n is number => n !== undefined);
  const caseCites = cite(data.caseSourceIds);

  const officials = new Map(data.officials.map((o) => [o.id, o]));
  const outcomesByAsk = new Map<number, number[]>();
  for (const o of data.outcomes) {
    if (o.askId === null) continue;
    outcomesByAsk.set(o.askId, [...(outcomesByAsk.get(o.askId) ?? []), ...o.sourceIds]);
  }

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
        ? `${last.note}${last.noteConfidential ? " (Confidential note.)" : ""} (${formatBriefDate(last.occurredOn)})`
        : open
          ? "No response recorded yet."
          : "—",
      status: humanize(a.status),
      followUpOn: a.followUpOn,
      overdue: open && a.followUpOn !== null && a.followUpOn < today,
      cites: cite(outcomesByAsk.get(a.id) ?? []),
    };
  });
  const askIdsWhere = (keep: (ask: BriefData["asks"][number]) => boolean) => new Set(asksByDate.filter(keep).map((a) => a.id));
  // Open asks, soonest follow-up first (those without a follow-up date last).
  const openAskIds = askIdsWhere((a) => isOpenAskStatus(a.status));
  const openAsks = askRows
    .filter((r) => openAskIds.has(r.askId))
    .sort((a, b) => (a.followUpOn ?? "9999").localeCompare(b.followUpOn ?? "9999"));

  return { data, today, sourceEntries, cite, caseCites, officials, askRows, askIdsWhere, openAsks };
}
