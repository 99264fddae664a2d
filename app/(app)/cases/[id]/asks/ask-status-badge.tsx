import { ASK_STATUS_LABELS, isAskStatus, type AskStatus } from "@/domain/ask-status";
import { Badge } from "@/app/_components/ui";

const TONES: Record<AskStatus, "slate" | "blue" | "purple" | "amber" | "green" | "red"> = {
  planned: "slate",
  made: "blue",
  acknowledged: "purple",
  committed: "amber",
  fulfilled: "green",
  declined: "red",
  no_response: "amber",
};

export function AskStatusBadge({ status }: { status: string }) {
  if (!isAskStatus(status)) return <Badge>{status}</Badge>;
  return <Badge tone={TONES[status]}>{ASK_STATUS_LABELS[status]}</Badge>;
}
