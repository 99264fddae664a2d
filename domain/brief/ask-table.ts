import type { Block, BriefAskRow } from "./model";
import { withCites } from "./format";

/** The asks as a table; with the official's name unless the brief is for a meeting with them. */
export function askTable(rows: BriefAskRow[], withOfficial: boolean): Block {
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
