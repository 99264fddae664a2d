import type { Block, BriefAskRow } from "./model";
import { fitColumns } from "./columns";
import { withCites } from "./format";

/** The asks as a table, its columns sized to what they hold. */
export function askTable(rows: BriefAskRow[], withOfficial: boolean): Block {
  const labels = withOfficial
    ? ["Date", "Official", "Office then", "Channel", "Ask", "Response / status"]
    : ["Date", "Office then", "Channel", "Ask", "Response / status"];
  const cells = rows.map((r) => {
    const base = [r.date];
    if (withOfficial) base.push(r.official);
    return [...base, r.office, r.channel, withCites(r.ask, r.cites), `${r.status}. ${r.response}`];
  });
  return {
    kind: "table",
    columns: fitColumns(
      labels.map((label) => ({ label, width: 1 })),
      cells,
    ),
    rows: cells,
  };
}
