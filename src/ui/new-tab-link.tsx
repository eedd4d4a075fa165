import type { ComponentChildren } from 'preact';

export interface NewTabLinkProps {
  href: string;
  class?: string;
  'data-testid'?: string;
  'data-kind'?: string;
  'aria-label'?: string;
  children: ComponentChildren;
}

/**
 * A link the person opens in a new tab, and only by clicking it (sources, searches elsewhere, "Open it
 * first"). No referrer and no opener: the site learns nothing about where the click came from.
 */
export function NewTabLink({ children, ...props }: NewTabLinkProps) {
  return (
    <a {...props} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
      {children}
    </a>
  );
}
