import { describe, expect, it } from "vitest";
import { BriefRenderCache } from "./render-cache";

function counter() {
  const calls: string[] = [];
  const draw = async (content: { title: string }) => {
    calls.push(content.title);
    await new Promise((r) => setTimeout(r, 5));
    return Buffer.from(`PDF of ${content.title}`);
  };
  return { calls, draw };
}

describe("BriefRenderCache", () => {
  it("draws an unchanged brief once and a changed one again", async () => {
    const cache = new BriefRenderCache();
    const { calls, draw } = counter();
    expect(String(await cache.render("pdf", { title: "A" }, draw))).toBe("PDF of A");
    expect(String(await cache.render("pdf", { title: "A" }, draw))).toBe("PDF of A");
    expect(String(await cache.render("pdf", { title: "B" }, draw))).toBe("PDF of B");
    expect(String(await cache.render("docx", { title: "A" }, draw))).toBe("PDF of A");
    expect(calls).toEqual(["A", "B", "A"]);
  });

  it("shares one drawing between overlapping requests for the same brief", async () => {
    const cache = new BriefRenderCache();
    const { calls, draw } = counter();
    const bodies = await Promise.all(Array.from({ length: 10 }, () => cache.render("pdf", { title: "A" }, draw)));
    expect(new Set(bodies.map(String))).toEqual(new Set(["PDF of A"]));
    expect(calls).toEqual(["A"]);
  });

  it("drops the least recently used briefs beyond its size", async () => {
    const cache = new BriefRenderCache(20); // room for two 8-byte bodies
    const { calls, draw } = counter();
    for (const title of ["A", "B", "A", "C", "A", "B"]) await cache.render("pdf", { title }, draw);
    // A stays (used again), B is dropped when C arrives, then drawn again.
    expect(calls).toEqual(["A", "B", "C", "B"]);
  });

  it("does not keep a failed drawing", async () => {
    const cache = new BriefRenderCache();
    let fail = true;
    const draw = async () => {
      if (fail) throw new Error("font missing");
      return Buffer.from("ok");
    };
    await expect(cache.render("pdf", { title: "A" }, draw)).rejects.toThrow("font missing");
    fail = false;
    expect(String(await cache.render("pdf", { title: "A" }, draw))).toBe("ok");
  });
});
