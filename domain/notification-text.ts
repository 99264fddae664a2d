import { CASE_STATUS_LABELS, isCaseStatus } from "./case-status";

export interface NotificationFacts {
  kind: "assigned" | "status" | "ask" | "outcome";
  caseId: number;
  personName: string;
  actorName: string | null;
  status: string | null;
}

/**
 * What a notice says and where it leads. It names the case and who acted, never the words
 * of the record: the ask's or outcome's own page shows those to whoever may read them.
 */
export function describeNotification(n: NotificationFacts): { text: string; href: string } {
  const who = n.actorName ?? "Someone";
  const casePath = `/cases/${n.caseId}`;
  switch (n.kind) {
    case "assigned":
      return { text: `${who} gave you the case of ${n.personName}.`, href: casePath };
    case "status": {
      const status = n.status && isCaseStatus(n.status) ? CASE_STATUS_LABELS[n.status].toLowerCase() : "a new status";
      return { text: `${who} moved the case of ${n.personName} to ${status}.`, href: casePath };
    }
    case "ask":
      return { text: `${who} logged an ask on the case of ${n.personName}.`, href: `${casePath}/asks` };
    case "outcome":
      return { text: `${who} recorded an outcome on the case of ${n.personName}.`, href: `${casePath}/asks` };
  }
}
