import { useState } from 'react';

/**
 * Copies a citation (or other text); falls back to a hidden textarea where the Clipboard API is blocked (http, old
 * browsers). The accessible name is the visible words plus `detail` ("Copy citation of s. 3(1)"), so that what a
 * screen reader says and what a voice-control user reads out agree; the text itself is its tooltip.
 */
export function CopyButton({ text, detail, idle = 'Copy citation' }: { text: string; detail?: string; idle?: string }) {
  const [done, setDone] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      if (navigator.clipboard) await navigator.clipboard.writeText(text);
      else fallbackCopy(text);
      setDone('copied');
    } catch {
      try {
        fallbackCopy(text);
        setDone('copied');
      } catch {
        setDone('failed');
      }
    }
    window.setTimeout(() => setDone('idle'), 2000);
  }
  return (
    <button type="button" className="copy-button" onClick={copy} title={text}>
      {done === 'copied' ? 'Copied' : done === 'failed' ? 'Copy failed' : idle}
      {detail ? <span className="visually-hidden"> {detail}</span> : null}
      <span className="visually-hidden" aria-live="polite">
        {done === 'copied' ? 'Copied to the clipboard' : ''}
      </span>
    </button>
  );
}

function fallbackCopy(text: string) {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}
