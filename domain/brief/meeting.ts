import type { BriefData, BriefSection, CaseBrief } from "./model";
import type { BriefContext } from "./context";
import { formatBriefDate, isOpenAskStatus, outcomeText, withCites } from "./format";

// The meeting version opens with what a campaigner needs in the room, in sentences:
// what to raise with the official (their open asks), what they answered before (their
// closed asks and what came of them). Each of their asks is told here once, so the
// general ask tables further on leave them out.

type Ask = BriefData["asks"][number];

const CHANNEL_PHRASES: Record<string, string> = {
  letter: "by letter",
  public_letter: "in a public letter",
  email: "by email",
  meeting: "in a meeting",
  call: "by phone",
  phone: "by phone",
  phone_call: "by phone",
  statement: "in a public statement",
  petition: "by petition",
};

function channelPhrase(channel: string): string {
  const key = channel
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  return CHANNEL_PHRASES[key] ?? (key ? `by ${key.replace(/_/g, " ")}` : "");
}

/** "18 Aug" when in the year already named, else "18 Aug 2023". */
function dayIn(value: string, year: string | null): string {
  const full = formatBriefDate(value);
  return year && value.startsWith(year) ? full.replace(/ \d{4}$/, "") : full;
}

const MOVE_PHRASES: Record<string, string> = {
  acknowledged: "the office acknowledged it",
  committed: "the office committed to it",
  fulfilled: "the office did as asked",
  declined: "the office declined it",
  no_response: "it was marked as unanswered",
};

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function quoted(note: string, confidential: boolean): string {
  return ` ("${note.trim().replace(/[.]$/, "")}"${confidential ? ", confidential note" : ""})`;
}

/** The answers an ask drew, in order: "the office acknowledged it on 18 Aug ("…")". */
function replies(ask: Ask, year: string | null): string[] {
  return ask.changes
    .filter((ch) => MOVE_PHRASES[ch.toStatus] || ch.note.trim())
    .map((ch) => {
      const what = MOVE_PHRASES[ch.toStatus] ?? "a note was added";
      return `${what} on ${dayIn(ch.occurredOn, year)}${ch.note.trim() ? quoted(ch.note, ch.noteConfidential) : ""}`;
    });
}

function askText(ask: Ask): string {
  return sentence(ask.text) + (ask.confidential ? " (Confidential ask.)" : "");
}

function raised(ask: Ask): string {
  const how = channelPhrase(ask.channel);
  return ask.madeOn
    ? `First raised${how ? ` ${how}` : ""} on ${formatBriefDate(ask.madeOn)}`
    : `Raised${how ? ` ${how}` : ""}, date not recorded`;
}

export function meetingSections(ctx: BriefContext, officialId: number | null): { meeting: CaseBrief["meeting"]; sections: BriefSection[] } {
  if (officialId === null) return { meeting: null, sections: [] };
  const { officials, askIdsWhere, askRows, openAsks, data, today } = ctx;
  const official = officials.get(officialId);
  const name = official?.name ?? "the official";
  const office = official?.office ?? "";
  const pastAskIds = askIdsWhere((a) => a.officialId === officialId);
  const past = askRows.filter((r) => pastAskIds.has(r.askId));
  const toRaise = openAsks.filter((r) => past.includes(r));
  const askById = new Map(data.asks.map((a) => [a.id, a]));
  const outcomesOf = (askId: number) => data.outcomes.filter((o) => o.askId === askId);

  const raiseItems = toRaise.map((row) => {
    const ask = askById.get(row.askId) as Ask;
    const year = ask.madeOn?.slice(0, 4) ?? null;
    const answers = replies(ask, year);
    const followUp = ask.followUpOn
      ? `Follow up by ${formatBriefDate(ask.followUpOn)}${ask.followUpOn < today ? " (overdue)" : ""}.`
      : "No follow-up date set.";
    const history = answers.length ? `; ${answers.join("; ")}` : "; no answer recorded yet";
    return withCites(`${askText(ask)} ${raised(ask)}${history}. ${followUp}`, row.cites);
  });

  const answeredItems = past
    .filter((row) => !isOpenAskStatus(askById.get(row.askId)?.status ?? ""))
    .map((row) => {
      const ask = askById.get(row.askId) as Ask;
      const year = ask.madeOn?.slice(0, 4) ?? null;
      const answers = replies(ask, year);
      const what = answers.length ? ` Then ${answers.join("; ")}.` : "";
      const results = outcomesOf(ask.id).map(
        (o) => ` What came of it: ${sentence(outcomeText(o)).replace(/\.$/, "")} (${formatBriefDate(o.occurredOn)}).`,
      );
      return withCites(`${askText(ask)} ${raised(ask)}.${what}${results.join("")}`, row.cites);
    });

  const sections: BriefSection[] = [
    {
      id: "this-meeting",
      title: `What to raise with ${name}`,
      blocks: raiseItems.length
        ? [
            { kind: "paragraph", text: `Open asks to ${name}${office ? ` (${office})` : ""}:` },
            { kind: "list", marker: "number", items: raiseItems },
          ]
        : [
            {
              kind: "paragraph",
              text: `No open asks are addressed to ${name}. Agree before the meeting what to ask for, and record it as an ask.`,
              style: "muted",
            },
          ],
    },
    {
      id: "meeting-history",
      title: `What ${name} answered before`,
      blocks: answeredItems.length
        ? [{ kind: "list", marker: "bullet", items: answeredItems }]
        : [
            {
              kind: "paragraph",
              text: past.length
                ? `${name} has not given a final answer on this case yet.`
                : `No asks have been put to ${name} on this case yet.`,
              style: "muted",
            },
          ],
    },
  ];
  return { meeting: { officialName: name, office, pastAsks: past, openAsks: toRaise }, sections };
}
