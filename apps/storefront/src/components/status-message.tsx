import type { ReactNode } from 'react';
import styles from './status-message.module.css';

export type StatusTone = 'empty' | 'error' | 'not-found';

function StatusIconPaths({ tone }: { tone: StatusTone }) {
  switch (tone) {
    case 'empty':
      return (
        <>
          <path d="M6 7h12l-1 13H7L6 7Z" strokeLinejoin="round" />
          <path d="M9 7a3 3 0 0 1 6 0" strokeLinecap="round" />
        </>
      );
    case 'error':
      return (
        <>
          <circle cx="12" cy="12" r="9" />
          <path d="M12 7.5v5.5" strokeLinecap="round" />
          <circle cx="12" cy="16.5" r="0.6" fill="currentColor" />
        </>
      );
    case 'not-found':
      return (
        <>
          <circle cx="11" cy="11" r="6.5" />
          <path d="m16 16 4.5 4.5" strokeLinecap="round" />
        </>
      );
  }
}

function StatusIcon({ tone }: { tone: StatusTone }) {
  return (
    <svg
      width="28"
      height="28"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      aria-hidden="true"
    >
      <StatusIconPaths tone={tone} />
    </svg>
  );
}

/** A centred icon, title, explanation and optional action: the empty, error and not-found states. */
export function StatusMessage({
  tone,
  title,
  body,
  action,
  headingLevel = 2,
}: {
  tone: StatusTone;
  title: string;
  body: string;
  action?: ReactNode;
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className={styles.status} role={tone === 'error' ? 'alert' : undefined}>
      <span className={styles.icon}>
        <StatusIcon tone={tone} />
      </span>
      <Heading className={styles.title}>{title}</Heading>
      <p className={styles.body}>{body}</p>
      {action ? <div className={styles.action}>{action}</div> : null}
    </section>
  );
}
