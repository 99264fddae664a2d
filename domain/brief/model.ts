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
    /** The name in the person's own script, shown beside the Latin one in the header. */
    nativeName?: string;
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
