import type { ReactNode } from 'react';

/**
 * A DSFR table whose container scrolls sideways when it is wider than the screen (the figures'
 * twelve columns, the invitees' reasons): the container takes the focus so that a keyboard can
 * scroll it too, and is named by the caption (axe: scrollable-region-focusable). The caption is
 * for screen readers unless `showCaption`: a heading above usually says the same.
 */
export function ScrollTable({
  caption,
  headers,
  rows,
  className,
  showCaption = false,
}: {
  caption: string;
  /** Shown as the table's title when no heading above says the same. */
  showCaption?: boolean;
  headers: ReactNode[];
  rows: { key: string; cells: ReactNode[] }[];
  className?: string;
}) {
  return (
    <div
      className={`fr-table passerelle-scroll-table${showCaption ? '' : ' fr-table--no-caption'}${className ? ` ${className}` : ''}`}
    >
      <div className="fr-table__wrapper">
        <div className="fr-table__container" tabIndex={0} role="region" aria-label={caption}>
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  {headers.map((header, index) => (
                    <th key={index} scope="col">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    {row.cells.map((cell, index) =>
                      index === 0 ? (
                        <th key={index} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={index}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
