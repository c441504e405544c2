export * from "./auth";
export * from "./mail";
export * from "./members";
export * from "./places";
