'use client';

import { useId, useState } from 'react';

/** Shows a text (a citation, an embed code) with a button that copies it. */
export function CopyText({
  text,
  label,
  copied,
  failed,
  code = false,
}: {
  text: string;
  label: string;
  /** What the status line says after copying, and after failing to, in the page's language. */
  copied: string;
  failed: string;
  code?: boolean;
}) {
  const id = useId();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="copy-text">
      {code ? (
        <pre className="copy-text-value" id={id} tabIndex={0}>
          <code>{text}</code>
        </pre>
      ) : (
        <p className="copy-text-value" id={id}>
          {text}
        </p>
      )}
      <button type="button" onClick={copy} aria-describedby={id}>
        {label}
      </button>
      <span role="status" className="muted">
        {status === 'copied' ? copied : status === 'failed' ? failed : ''}
      </span>
    </div>
  );
}
