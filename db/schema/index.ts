// The tables by area; everything is re-exported here so code imports one schema module
// and drizzle-kit reads the whole schema from this one file.
export * from "./users";
export * from "./cases";
export * from "./sources";
export * from "./asks";
export * from "./citations";
export * from "./audit";
export * from "./teams";
export * from "./two-factor";
export * from "./sessions";
export * from "./notifications";
