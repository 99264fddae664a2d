import { TEXT_COLOR } from "./pdf-text";

// The brief's A4 page: its margins, the area text flows in, and the palette.

export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN_X = 54;
export const CONTENT_TOP = 74;
export const CONTENT_BOTTOM = PAGE.height - 62;
export const CONTENT_WIDTH = PAGE.width - 2 * MARGIN_X;

export const COLORS = {
  text: TEXT_COLOR,
  muted: "#475569",
  brand: "#175a5d",
  rule: "#cbd5e1",
  headerFill: "#eef6f6",
  zebra: "#f8fafc",
  red: "#b91c1c",
  redFill: "#fef2f2",
  greyFill: "#f1f5f9",
};
