import type { ClaimKind } from "../citation-claims";

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
  /** `occurredOn` is the day a move happened; `changedAt` when it was recorded. */
  statusChanges: {
    id: number;
    fromStatus: string | null;
    toStatus: string;
    note: string;
    noteConfidential: boolean;
    changedAt: string;
    occurredOn: string;
  }[];
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
  /** Sources linked to the case itself (case_sources): those no claim cites are listed as other sources. */
  caseSourceIds: number[];
  /**
   * Which sources support which claim (outcomes carry theirs as `sourceIds`): the case's
   * facts (subject = the case), status changes, asks and ask moves, by the record's id.
   * Only citations whose source and subject the reader may see are read.
   */
  citations: { claim: ClaimKind; subjectId: number; sourceId: number }[];
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
    changes: { id: number; toStatus: string; note: string; noteConfidential: boolean; changedAt: string; occurredOn: string }[];
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
  /** For a restricted case: everyone on its team, who alone may know of it. */
  restrictedTo?: string[];
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
  /** Source ids while the sections are composed; the citation numbers in the finished brief. */
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
  /** The cited sources, in the order of their numbers. */
  sources: BriefSourceEntry[];
  /** Sources of the case that no claim in the brief cites: listed, unnumbered, after the cited ones. */
  otherSources: Omit<BriefSourceEntry, "number">[];
  asks: BriefAskRow[];
  openAsks: BriefAskRow[];
  meeting: { officialName: string; office: string; pastAsks: BriefAskRow[]; openAsks: BriefAskRow[] } | null;
}

export const CONFIDENTIAL_MARKING = "CONFIDENTIAL";
export const DEFAULT_MARKING = "Not for publication. Confidential items are excluded from this version.";
