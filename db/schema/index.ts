export * from "./auth";
export * from "./children";
export * from "./connections";
export * from "./groups";
export * from "./mail";
export * from "./members";
export * from "./places";
export * from "./qualifications";
