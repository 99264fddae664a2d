/**
 * A readable, URL-safe slug for file names such as "paul-rusesabagina-brief-2024-01-02.pdf".
 * Accents are folded; names in non-Latin scripts keep their letters (browsers and
 * file systems handle them), and an empty result falls back to "case".
 */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "case";
}
