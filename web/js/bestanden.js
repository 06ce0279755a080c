// Files the volunteer sends to the loket: which types are allowed (the same list the loket checks by content), how
// big, and reading one as base64 for the JSON body.

export const TOEGELATEN = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
};

export const MAX_GROOTTE = 10 * 1024 * 1024;

export const ACCEPT = Object.keys(TOEGELATEN).map((e) => `.${e}`).join(',');

export const TYPES_TEKST = 'Een pdf, png, jpeg, txt, docx, xlsx of odt van hoogstens 10 MB.';

/** The content type for a file by its extension; null when the loket does not take it. */
export function soortVan(file) {
  const ext = (file.name.split('.').pop() ?? '').toLowerCase();
  // Trust the extension's type; a browser's own guess can be empty or differ for office files.
  return TOEGELATEN[ext] ?? null;
}

/** What is wrong with a file before sending it, in Dutch; null when it may go (the loket still checks its content). */
export function bestandFout(file) {
  if (!soortVan(file)) return 'Dit soort bestand kan niet. Kies een pdf, png, jpeg, txt, docx, xlsx of odt.';
  if (file.size > MAX_GROOTTE) return 'Het bestand is groter dan 10 MB. Kies een kleiner bestand.';
  if (file.size === 0) return 'Het bestand is leeg.';
  return null;
}

export function leesBase64(file) {
  return new Promise((klaar, mislukt) => {
    const lezer = new FileReader();
    lezer.onload = () => klaar(String(lezer.result).replace(/^data:[^,]*,/, ''));
    lezer.onerror = () => mislukt(lezer.error ?? new Error('Lezen mislukt'));
    lezer.readAsDataURL(file);
  });
}

/** "512 bytes", "12 kB", "1,4 MB". */
export function grootteTekst(bytes) {
  if (!Number.isFinite(bytes)) return '';
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}
