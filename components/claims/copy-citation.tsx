'use client';

import { useState } from 'react';

/** Copies a ready-made citation for one number; falls back to selecting the text. */
export function CopyCitation({ citation }: { citation: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(citation);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="copy-citation">
      <p className="citation-text" id="citation-text">
        {citation}
      </p>
      <button type="button" onClick={copy} aria-describedby="citation-text">
        Copy citation
      </button>
      <span role="status" className="muted">
        {status === 'copied'
          ? 'Copied.'
          : status === 'failed'
            ? 'Could not copy: select the text above.'
            : ''}
      </span>
    </div>
  );
}
