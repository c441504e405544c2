import { notFound, redirect } from "next/navigation";
import { requireUser, staffMunicipality } from "@/lib/auth/viewer";

/** Staff land on their own municipality's dashboard; nobody else has one. */
export default async function MunicipalityHomePage() {
  const mine = await staffMunicipality(await requireUser());
  if (!mine) notFound();
  redirect(`/municipality/${mine}`);
}
