/** A purpose the caller states in a header: printable text, at most 200 characters; anything else is ignored. */
export function statedPurpose(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const text = header.trim().replace(/\s+/g, ' ');
  const printable = [...text].every((char) => char.charCodeAt(0) >= 32 && char.charCodeAt(0) !== 127);
  return text.length > 0 && text.length <= 200 && printable ? text : null;
}
