"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import Link from "@/app/_components/link";

type Item = { href: string; label: string };

const isCurrent = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/**
 * The main menu. On a phone it is one row that scrolls sideways (all items stay in the page, a
 * fade says there is more), with the current page scrolled into view; from `sm` up it wraps.
 * Not prefetched: every item is in view on every page, and prefetching them all cost each page
 * view 14 more server requests and a phone ~300 ms of main-thread work (Lighthouse, issue 14).
 */
export function MainNav({ label, items }: { label: string; items: Item[] }) {
  const pathname = usePathname();
  const list = useRef<HTMLUListElement>(null);
  const [more, setMore] = useState({ before: false, after: false });
  const currentHref = items.find((item) => isCurrent(pathname, item.href))?.href;

  const measure = useCallback(() => {
    const ul = list.current;
    if (!ul) return;
    setMore({ before: ul.scrollLeft > 4, after: ul.scrollLeft + ul.clientWidth < ul.scrollWidth - 4 });
  }, []);

  useEffect(() => {
    const ul = list.current;
    const current = currentHref ? ul?.querySelector<HTMLElement>(`a[href="${currentHref}"]`) : null;
    if (ul && current && ul.scrollWidth > ul.clientWidth) {
      ul.scrollLeft = current.offsetLeft - (ul.clientWidth - current.offsetWidth) / 2;
    }
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [measure, currentHref]);

  return (
    <nav aria-label={label} className="relative border-t border-stone-100">
      <ul
        ref={list}
        onScroll={measure}
        className="mx-auto flex max-w-5xl flex-nowrap gap-x-1 overflow-x-auto px-2 [scrollbar-width:none] sm:flex-wrap sm:overflow-visible"
      >
        {items.map((item) => {
          const current = item.href === currentHref;
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block whitespace-nowrap border-b-2 px-3 py-3 text-sm font-medium hover:text-brand-800 ${current ? "border-brand-700 text-brand-800" : "border-transparent text-stone-700"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
      {more.before && (
        <div aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-0 w-8 bg-linear-to-r from-white sm:hidden" />
      )}
      {more.after && (
        <div aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-0 w-8 bg-linear-to-l from-white sm:hidden" />
      )}
    </nav>
  );
}
