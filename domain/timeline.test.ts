import { describe, expect, it } from "vitest";
import { mergeTimeline, parseTimelineKinds, type TimelineItem } from "./timeline";

const item = (kind: TimelineItem["kind"], at: string, id = 1, title = `${kind} ${at}`): TimelineItem => ({ kind, at, id, title });

describe("timeline merge", () => {
  it("orders items from every kind by day, oldest first", () => {
    const merged = mergeTimeline([
      item("outcome", "2023-03-24"),
      item("detention", "2020-08-28"),
      item("source", "2022-08-11"),
      item("status", "2021-09-20T15:00:00.000Z"),
      item("ask", "2022-08-09"),
    ]);
    expect(merged.map((i) => i.at.slice(0, 10))).toEqual(["2020-08-28", "2021-09-20", "2022-08-09", "2022-08-11", "2023-03-24"]);
  });

  it("on the same day puts events before reports, asks, outcomes and finally the status change", () => {
    const merged = mergeTimeline([
      item("status", "2021-09-20T08:00:00.000Z"),
      item("outcome", "2021-09-20"),
      item("ask_move", "2021-09-20T07:00:00.000Z"),
      item("ask", "2021-09-20"),
      item("source", "2021-09-20"),
      item("detention", "2021-09-20"),
    ]);
    expect(merged.map((i) => i.kind)).toEqual(["detention", "source", "ask", "ask_move", "outcome", "status"]);
  });

  it("keeps the time of day, then the id, between items of one kind on one day", () => {
    const merged = mergeTimeline([
      item("status", "2022-01-01T18:00:00.000Z", 1, "evening"),
      item("status", "2022-01-01T09:00:00.000Z", 2, "morning"),
      item("source", "2022-01-01", 9, "second"),
      item("source", "2022-01-01", 3, "first"),
    ]);
    expect(merged.map((i) => i.title)).toEqual(["first", "second", "morning", "evening"]);
  });

  it("filters by kind", () => {
    const merged = mergeTimeline([item("source", "2022-01-01"), item("ask", "2022-01-02")], ["ask"]);
    expect(merged.map((i) => i.kind)).toEqual(["ask"]);
  });

  it("reads the kinds filter from the URL and falls back to every kind", () => {
    expect(parseTimelineKinds("source,ask,bogus")).toEqual(["source", "ask"]);
    expect(parseTimelineKinds(["outcome", "status"])).toEqual(["outcome", "status"]);
    expect(parseTimelineKinds(undefined)).toHaveLength(6);
    expect(parseTimelineKinds("bogus")).toHaveLength(6);
  });
});
