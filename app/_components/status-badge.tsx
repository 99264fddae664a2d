import { CASE_STATUS_LABELS, isCaseStatus, type CaseStatus } from "@/domain/case-status";
import { Badge } from "./ui";

const TONES: Record<CaseStatus, "red" | "amber" | "green" | "blue" | "purple" | "slate"> = {
  at_risk: "amber",
  detained: "red",
  charged: "red",
  on_trial: "purple",
  sentenced: "red",
  released: "green",
  closed: "slate",
};

export function StatusBadge({ status }: { status: string }) {
  if (!isCaseStatus(status)) return <Badge>{status}</Badge>;
  return <Badge tone={TONES[status]}>{CASE_STATUS_LABELS[status]}</Badge>;
}
