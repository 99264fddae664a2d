import type { CaseFactClaim } from "../citation-claims";
import type { BriefSection } from "./model";
import type { BriefContext } from "./context";
import { formatBriefDate, statusLabel, withCites } from "./format";

/** The key facts of the case, each reported one cited with its own sources. */
export function factsSection(ctx: BriefContext): BriefSection[] {
  const { citesOf } = ctx;
  const c = ctx.data.case;
  const sections: BriefSection[] = [];
  // The country is the case's frame and the status is the app's own record; the rest
  // are reported facts, each cited with the sources linked to it.
  const facts: { label: string; value: string; claim?: CaseFactClaim }[] = [
    { label: "Country", value: c.country || "—" },
    { label: "Date of arrest", value: formatBriefDate(c.arrestDate), claim: "arrest" },
    { label: "Place of arrest", value: c.arrestPlace || "—", claim: "arrest" },
    { label: "Where held", value: c.placeHeld || "—", claim: "place_held" },
    { label: "Charges", value: c.charges || "—", claim: "charges" },
    {
      label: "Sentence",
      value: c.sentence ? `${c.sentence}${c.sentenceDate ? ` (${formatBriefDate(c.sentenceDate)})` : ""}` : "—",
      claim: "sentence",
    },
    { label: "Current status", value: statusLabel(c.status) },
  ];
  sections.push({
    id: "facts",
    title: "Key facts",
    blocks: [
      {
        kind: "facts",
        rows: facts.map((f) => ({
          label: f.label,
          value: f.value === "—" || !f.claim ? f.value : withCites(f.value, citesOf(f.claim)),
        })),
      },
    ],
  });
  return sections;
}
