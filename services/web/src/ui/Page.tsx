import { useEffect, useRef, type ReactNode } from 'react';

let firstPageShown = false;

/**
 * One page: its document title and its one h1. On every route change after the first page, focus
 * moves to the h1, so that a screen reader announces the new page and Tab starts from its top.
 */
export function Page({
  title,
  heading,
  before,
  children,
}: {
  title: string;
  heading?: ReactNode;
  /** What stands above the h1 (a breadcrumb). */
  before?: ReactNode;
  children?: ReactNode;
}) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} | Passerelle`;
  }, [title]);
  useEffect(() => {
    if (firstPageShown) h1.current?.focus();
    firstPageShown = true;
  }, []);
  return (
    <>
      {before}
      <h1 ref={h1} tabIndex={-1} className="passerelle-page-title">
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}

/** What a page shows while its data loads (announced politely, not as a page of its own). */
export function Loading({ what = 'la page' }: { what?: string }) {
  return (
    <p role="status" aria-live="polite" className="fr-py-4w">
      Chargement de {what}…
    </p>
  );
}
