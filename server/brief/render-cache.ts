import { createHash } from "node:crypto";

/**
 * Renders each distinct brief once. Drawing a brief (shaping text, laying out pages) costs
 * tens of milliseconds, while the content model it is drawn from costs a few to build; a
 * brief is typically downloaded several times before a meeting (previewed, printed, sent
 * to a colleague) with nothing changed. The key is a hash of the whole content model and
 * the format, so any change to what the brief says (a new source, another official, the
 * date, who prepared it, the confidential version) is a different brief: no invalidation
 * is needed. Renders of the same brief that overlap share one render.
 */
const MAX_BYTES = 64 * 1024 * 1024;

export class BriefRenderCache {
  private readonly done = new Map<string, Buffer>();
  private readonly pending = new Map<string, Promise<Buffer>>();
  private bytes = 0;

  constructor(private readonly maxBytes = MAX_BYTES) {}

  async render<T>(format: string, content: T, draw: (content: T) => Promise<Buffer>): Promise<Buffer> {
    const key = createHash("sha256").update(format).update("\0").update(JSON.stringify(content)).digest("hex");
    const hit = this.done.get(key);
    if (hit) {
      // Most recently used last, so the oldest is dropped first.
      this.done.delete(key);
      this.done.set(key, hit);
      return hit;
    }
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const rendering = draw(content)
      .then((body) => {
        this.keep(key, body);
        return body;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, rendering);
    return rendering;
  }

  private keep(key: string, body: Buffer) {
    if (body.length > this.maxBytes) return;
    this.done.set(key, body);
    this.bytes += body.length;
    for (const [oldKey, old] of this.done) {
      if (this.bytes <= this.maxBytes) break;
      this.done.delete(oldKey);
      this.bytes -= old.length;
    }
  }
}
