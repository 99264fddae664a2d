import type { TimelineKind } from "@/domain/timeline";

// Each kind has its own shape as well as its own colour, so the markers stay
// distinguishable in print and for readers who do not see colour.
const MARKERS: Record<TimelineKind, { color: string; shape: React.ReactNode }> = {
  detention: { color: "text-red-700", shape: <rect x="3" y="3" width="14" height="14" rx="1" /> },
  source: { color: "text-blue-700", shape: <circle cx="10" cy="10" r="7" /> },
  ask: { color: "text-purple-700", shape: <polygon points="10,2 18,10 10,18 2,10" /> },
  ask_move: { color: "text-purple-500", shape: <polygon points="10,5 15,10 10,15 5,10" /> },
  outcome: {
    color: "text-green-700",
    shape: <polygon points="10,2 12.4,7.5 18,7.8 13.6,11.6 15,17.5 10,14.3 5,17.5 6.4,11.6 2,7.8 7.6,7.5" />,
  },
  status: { color: "text-amber-600", shape: <polygon points="10,2 18,17 2,17" /> },
};

export function TimelineMarker({ kind, className = "" }: { kind: TimelineKind; className?: string }) {
  const marker = MARKERS[kind];
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" className={`h-5 w-5 fill-current ${marker.color} ${className}`}>
      {marker.shape}
    </svg>
  );
}
