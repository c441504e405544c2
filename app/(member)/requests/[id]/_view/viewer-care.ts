import "server-only";
import { cache } from "react";
import { careForViewer } from "@/db/queries/care-access";

/**
 * The viewer's access to one care, read once per request: the page and each of its sections ask
 * for it (each still checks the answer itself), and all get the same read.
 */
export const viewerCare = cache(careForViewer);
