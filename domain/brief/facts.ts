import type { BriefSection } from "./model";
import type { BriefContext } from "./context";
import { formatBriefDate, statusLabel, withCites } from "./format";

/** The key facts of the case, each cited but the country. */
export function factsSection(ctx: BriefContext): BriefSection[] {
  const { caseCites } = ctx;
  const c = ctx.data.case;
  const sections: BriefSection[] = [];
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
      {
        kind: "facts",
        rows: facts.map((f) => ({
          label: f.label,
          // The country is the case's frame, not a reported fact; the rest are sourced.
          value: f.value === "—" || f.label === "Country" ? f.value : withCites(f.value, caseCites),
        })),
      },
    ],
  });
  return sections;
}
