import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's links: not prefetched unless a link asks for it. Every page here is dynamic and has no
 * loading boundary, so Next.js's automatic prefetch fetches only the route's tree (381 bytes) while
 * the server does half a page's work for it (32 ms of CPU, against 65 ms for the page itself, on
 * /requests/[id]): a list of ten links cost the server several times the page that showed them,
 * and the visit that followed was no faster.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
