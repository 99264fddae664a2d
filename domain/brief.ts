import { CASE_STATUS_LABELS, isCaseStatus } from "./case-status";
import { ASK_STATUS_LABELS, CLOSED_ASK_STATUSES, isAskStatus } from "./ask-status";

/**
 * The case brief: one content model that both the PDF and the Word renderer draw,
 * so the two formats can never disagree. Everything a renderer prints (citation
 * markers included) is decided here; renderers only lay it out.
 */

// ---- Input: what the brief is built from (read by db/queries/brief.ts) ----
// Only what the brief's reader may see is read (the version without confidential items
// is read as someone who may not see them); `confidential` flags say what to mark.

export interface BriefData {
  case: {
    id: number;
    slug: string;
    personName: string;
    title: string;
    country: string;
    summary: string;
    status: string;
    arrestDate: string | null;
    arrestPlace: string;
    placeHeld: string;
    charges: string;
    sentence: string;
    sentenceDate: string | null;
  };
  statusChanges: { fromStatus: string | null; toStatus: string; note: string; noteConfidential: boolean; changedAt: string }[];
  notes: { id: number; body: string; confidential: boolean; createdAt: string }[];
  sources: {
    id: number;
    title: string;
    outlet: string;
    url: string | null;
    publishedOn: string | null;
    type: string;
    confidential: boolean;
  }[];
  /** Sources linked to the case itself (case_sources); they back the summary and facts. */
  caseSourceIds: number[];
  officials: { id: number; name: string; office: string; institution: string; country: string }[];
  contacts: { id: number; name: string; office: string; institution: string; notes: string; confidential: boolean }[];
  asks: {
    id: number;
    officialId: number;
    officeAtTime: string;
    text: string;
    channel: string;
    madeOn: string | null;
    followUpOn: string | null;
    status: string;
    confidential: boolean;
    changes: { toStatus: string; note: string; noteConfidential: boolean; changedAt: string }[];
  }[];
  outcomes: {
    id: number;
    askId: number | null;
    type: string;
    occurredOn: string;
    description: string;
    confidential: boolean;
    sourceIds: number[];
  }[];
}

export interface BriefOptions {
  includeConfidential: boolean;
  officialId: number | null;
  preparedBy: string;
  /** YYYY-MM-DD */
  today: string;
}

// ---- Output: a render-neutral document ----

export type Block =
  | { kind: "paragraph"; text: string; style?: "normal" | "muted" | "lead" }
  | { kind: "facts"; rows: { label: string; value: string }[] }
  | { kind: "table"; columns: { label: string; width: number }[]; rows: string[][] }
  /** marker: "source" numbers items [1], [2]… as they are cited; "number" 1., 2.; "bullet" •. */
  | { kind: "list"; marker: "bullet" | "number" | "source"; items: string[] };

export interface BriefSection {
  id: string;
  title: string;
  blocks: Block[];
}

export interface BriefSourceEntry {
  number: number;
  sourceId: number;
  text: string;
  confidential: boolean;
}

export interface BriefAskRow {
  askId: number;
  date: string;
  official: string;
  office: string;
  channel: string;
  ask: string;
  response: string;
  status: string;
  followUpOn: string | null;
  overdue: boolean;
  cites: number[];
}

export interface CaseBrief {
  header: {
    title: string;
    personName: string;
    caseTitle: string;
    country: string;
    status: string;
    preparedOn: string;
    preparedBy: string;
    confidential: boolean;
    /** Printed at the top of the first page and, when confidential, on every page. */
    marking: string;
    meetingWith: string | null;
  };
  /** The running header text for every page. */
  runningTitle: string;
  fileBase: string;
  sections: BriefSection[];
  sources: BriefSourceEntry[];
  asks: BriefAskRow[];
  openAsks: BriefAskRow[];
  meeting: { officialName: string; office: string; pastAsks: BriefAskRow[]; openAsks: BriefAskRow[] } | null;
}

export const CONFIDENTIAL_MARKING = "CONFIDENTIAL";
export const DEFAULT_MARKING = "Not for publication. Confidential items are excluded from this version.";

/** An ask is open until the official has fulfilled or declined it (domain/ask-status.ts). */
export function isOpenAskStatus(status: string): boolean {
  return !(CLOSED_ASK_STATUSES as readonly string[]).includes(status);
}

export function humanize(value: string): string {
  const s = value.replace(/[_-]+/g, " ").trim().replace(/\b(ngo|un|eu|us|uk)\b/gi, (m) => m.toUpperCase());
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

export function statusLabel(status: string): string {
  if (isCaseStatus(status)) return CASE_STATUS_LABELS[status];
  if (isAskStatus(status)) return ASK_STATUS_LABELS[status];
  return humanize(status);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2022-08-11" → "11 Aug 2022"; timestamps use their date part. */
export function formatBriefDate(value: string | null | undefined): string {
  if (!value) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** Citation marks for source numbers: [2], [1][4], or [3–7] for a run of three or more. */
export function citeMarks(numbers: number[]): string {
  const unique = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: { first: number; last: number }[] = [];
  for (const n of unique) {
    const run = runs.at(-1);
    if (run && n === run.last + 1) run.last = n;
    else runs.push({ first: n, last: n });
  }
  return runs
    .map(({ first, last }) => (last - first >= 2 ? `[${first}–${last}]` : first === last ? `[${first}]` : `[${first}][${last}]`))
    .join("");
}

function withCites(text: string, numbers: number[]): string {
  const marks = citeMarks(numbers);
  return marks ? `${text} ${marks}` : text;
}

/**
 * A Content-Disposition value for a download. Header values must be ASCII, and slugs
 * may hold letters of any script, so the name is also given percent-encoded (RFC 6266)
 * with an ASCII fallback for old clients.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function briefFileName(slug: string, today: string, format: "pdf" | "docx"): string {
  return `${slug}-brief-${today}.${format}`;
}

export function buildCaseBrief(data: BriefData, options: BriefOptions): CaseBrief {
  const { includeConfidential, officialId, preparedBy, today } = options;
  const c = data.case;

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
        ? `${last.note}${last.noteConfidential ? " (Confidential note.)" : ""} (${formatBriefDate(last.changedAt)})`
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

  const sections: BriefSection[] = [];

  // For a meeting: the official's history on this case, then what to raise now.
  let meeting: CaseBrief["meeting"] = null;
  if (officialId !== null) {
    const official = officials.get(officialId);
    const name = official?.name ?? "the official";
    const office = official?.office ?? "";
    const pastAskIds = askIdsWhere((a) => a.officialId === officialId);
    const past = askRows.filter((r) => pastAskIds.has(r.askId));
    const toRaise = openAsks.filter((r) => past.includes(r));
    meeting = { officialName: name, office, pastAsks: past, openAsks: toRaise };
    sections.push({
      id: "meeting-history",
      title: `Asks to ${name} on this case`,
      blocks: past.length
        ? [askTable(past, false)]
        : [{ kind: "paragraph", text: `No asks have been put to ${name} on this case yet.`, style: "muted" }],
    });
    sections.push({
      id: "this-meeting",
      title: "This meeting",
      blocks: toRaise.length
        ? [
            {
              kind: "paragraph",
              text: `Open asks addressed to ${name}${office ? ` (${office})` : ""}, to raise and follow up:`,
            },
            {
              kind: "list",
              marker: "number",
              items: toRaise.map((r) =>
                withCites(
                  `${r.ask} — asked ${r.date} by ${r.channel.toLowerCase()}; status: ${r.status.toLowerCase()}` +
                    (r.followUpOn ? `; follow up by ${formatBriefDate(r.followUpOn)}${r.overdue ? " (overdue)" : ""}` : "") +
                    ".",
                  r.cites,
                ),
              ),
            },
          ]
        : [
            {
              kind: "paragraph",
              text: `No open asks are addressed to ${name}. Agree before the meeting what to ask for, and record it as an ask.`,
              style: "muted",
            },
          ],
    });
  }

  sections.push({
    id: "summary",
    title: "Summary",
    blocks: [{ kind: "paragraph", text: withCites(c.summary.trim() || "No summary recorded.", caseCites), style: "lead" }],
  });

  const facts: { label: string; value: string }[] = [
    { label: "Country", value: c.country || "—" },
    { label: "Date of arrest", value: formatBriefDate(c.arrestDate) },
    { label: "Place of arrest", value: c.arrestPlace || "—" },
    { label: "Where held", value: c.placeHeld || "—" },
    { label: "Charges", value: c.charges || "—" },
    {
      label: "Sentence",
      value: c.sentence ? `${c.sentence}${c.sentenceDate ? ` (${formatBriefDate(c.sentenceDate)})` : ""}` : "—",
    },
    { label: "Current status", value: statusLabel(c.status) },
  ];
  sections.push({
    id: "facts",
    title: "Key facts",
    blocks: [
      { kind: "facts", rows: facts.map((f) => ({
          label: f.label,
          // The country is the case's frame, not a reported fact; the rest are sourced.
          value: f.value === "—" || f.label === "Country" ? f.value : withCites(f.value, caseCites),
        })),
      },
    ],
  });

  // Timeline of key events, oldest first.
  const events: { date: string; order: number; event: string }[] = [];
  if (c.arrestDate) events.push({ date: c.arrestDate, order: 0, event: withCites(`Arrested${c.arrestPlace ? `: ${c.arrestPlace}` : ""}`, caseCites) });
  if (c.sentenceDate && c.sentence) events.push({ date: c.sentenceDate, order: 1, event: withCites(`Sentenced: ${c.sentence}`, caseCites) });
  data.statusChanges.forEach((s, i) => {
    const label = s.fromStatus
      ? `Status changed from ${statusLabel(s.fromStatus).toLowerCase()} to ${statusLabel(s.toStatus).toLowerCase()}`
      : `Case recorded as ${statusLabel(s.toStatus).toLowerCase()}`;
    const note = s.note ? ` ${s.note}${s.noteConfidential ? " (Confidential note.)" : ""}` : "";
    events.push({ date: s.changedAt.slice(0, 10), order: 2 + i / 1000, event: `${label}.${note}` });
  });
  for (const o of data.outcomes) {
    events.push({ date: o.occurredOn, order: 3, event: withCites(`${humanize(o.type)}: ${outcomeText(o)}`, cite(o.sourceIds)) });
  }
  events.sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1));
  sections.push({
    id: "timeline",
    title: "Timeline",
    blocks: events.length
      ? [
          {
            kind: "table",
            columns: [
              { label: "Date", width: 0.18 },
              { label: "Event", width: 0.82 },
            ],
            rows: events.map((e) => [formatBriefDate(e.date), e.event]),
          },
        ]
      : [{ kind: "paragraph", text: "No events recorded.", style: "muted" }],
  });

  sections.push({
    id: "advocacy",
    title: "Advocacy history",
    blocks: askRows.length ? [askTable(askRows, true)] : [{ kind: "paragraph", text: "No asks recorded yet.", style: "muted" }],
  });

  sections.push({
    id: "open-asks",
    title: "Open asks and follow-ups",
    blocks: openAsks.length
      ? [
          {
            kind: "table",
            columns: [
              { label: "Follow up by", width: 0.16 },
              { label: "Official", width: 0.22 },
              { label: "Ask", width: 0.46 },
              { label: "Status", width: 0.16 },
            ],
            rows: openAsks.map((r) => [
              r.followUpOn ? `${formatBriefDate(r.followUpOn)}${r.overdue ? " (overdue)" : ""}` : "Not set",
              r.office && r.office !== "—" ? `${r.official}, ${r.office}` : r.official,
              withCites(r.ask, r.cites),
              r.status,
            ]),
          },
        ]
      : [{ kind: "paragraph", text: "No open asks.", style: "muted" }],
  });

  sections.push({
    id: "outcomes",
    title: "Outcomes",
    blocks: data.outcomes.length
      ? [
          {
            kind: "table",
            columns: [
              { label: "Date", width: 0.16 },
              { label: "Type", width: 0.16 },
              { label: "Outcome", width: 0.68 },
            ],
            rows: data.outcomes.map((o) => [formatBriefDate(o.occurredOn), humanize(o.type), withCites(outcomeText(o), cite(o.sourceIds))]),
          },
        ]
      : [{ kind: "paragraph", text: "No outcomes recorded yet.", style: "muted" }],
  });

  const notes = data.notes;
  if (notes.length) {
    sections.push({
      id: "notes",
      title: "Campaign notes",
      blocks: [
        {
          kind: "list",
          marker: "bullet",
          items: notes.map((n) => `${formatBriefDate(n.createdAt)}: ${n.body}${n.confidential ? " (Confidential.)" : ""}`),
        },
      ],
    });
  }

  const contacts = data.contacts;
  if (contacts.length) {
    sections.push({
      id: "contacts",
      title: "Contacts",
      blocks: [
        {
          kind: "list",
          marker: "bullet",
          items: contacts.map((p) => {
            const role = [p.office, p.institution].filter(Boolean).join(", ");
            return `${p.name}${role ? ` — ${role}` : ""}${p.notes ? `. ${p.notes}` : ""}${p.confidential ? " (Confidential contact.)" : ""}`;
          }),
        },
      ],
    });
  }

  sections.push({
    id: "sources",
    title: "Sources",
    blocks: sourceEntries.length
      ? [{ kind: "list", marker: "source", items: sourceEntries.map((s) => s.text) }]
      : [{ kind: "paragraph", text: "No sources recorded.", style: "muted" }],
  });

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
    fileBase: `${c.slug}-brief-${today}`,
    sections,
    sources: sourceEntries,
    asks: askRows,
    openAsks,
    meeting,
  };
}

function outcomeText(o: BriefData["outcomes"][number]): string {
  return o.confidential ? `${o.description} (Confidential outcome.)` : o.description;
}

function askTable(rows: BriefAskRow[], withOfficial: boolean): Block {
  const columns = withOfficial
    ? [
        { label: "Date", width: 0.1 },
        { label: "Official", width: 0.13 },
        { label: "Office then", width: 0.15 },
        { label: "Channel", width: 0.11 },
        { label: "Ask", width: 0.25 },
        { label: "Response / status", width: 0.26 },
      ]
    : [
        { label: "Date", width: 0.12 },
        { label: "Office then", width: 0.16 },
        { label: "Channel", width: 0.12 },
        { label: "Ask", width: 0.3 },
        { label: "Response / status", width: 0.3 },
      ];
  return {
    kind: "table",
    columns,
    rows: rows.map((r) => {
      const base = [r.date];
      if (withOfficial) base.push(r.official);
      return [...base, r.office, r.channel, withCites(r.ask, r.cites), `${r.status}. ${r.response}`];
    }),
  };
}
