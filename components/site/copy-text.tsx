import { useId } from 'react';

/**
 * Shows a text (a citation, an embed code) with a button that copies it. The
 * button works once the page's script runs (components/islands/copy.ts): the
 * words for the status line wait in data attributes, in the page's language.
 * Without JavaScript the text is there to select and copy by hand.
 */
export function CopyText({
  text,
  label,
  copied,
  failed,
  code = false,
  embed,
}: {
  text: string;
  label: string;
  /** What the status line says after copying, and after failing to, in the page's language. */
  copied: string;
  failed: string;
  code?: boolean;
  /** Data attributes for a text the browser rewrites (an embed code naming the browser's origin). */
  embed?: Record<`data-${string}`, string>;
}) {
  const id = useId();
  return (
    <div className="copy-text" data-copy-text data-copied={copied} data-failed={failed}>
      {code ? (
        <pre className="copy-text-value" id={id} tabIndex={0}>
          <code {...embed}>{text}</code>
        </pre>
      ) : (
        <p className="copy-text-value" id={id}>
          {text}
        </p>
      )}
      <button type="button" aria-describedby={id}>
        {label}
      </button>
      <span role="status" className="muted" />
    </div>
  );
}
