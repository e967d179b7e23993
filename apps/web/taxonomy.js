// Labels for taxonomy codes (occupations, competences), for screens that hold only codes: asked once
// per code and remembered for the session.
import { useEffect, useState } from 'preact/hooks';
import { api } from './api.js';

const labels = new Map();

/** The label of a code: the search puts the exact code first. */
export function labelOf(kind, code) {
  const key = `${kind}:${code}`;
  if (!labels.has(key)) {
    labels.set(
      key,
      api(`/taxonomy/search?kind=${kind}&q=${encodeURIComponent(code)}&limit=1`)
        .then(([hit]) => (hit?.code === code ? hit.label : code))
        .catch(() => {
          labels.delete(key);
          return code;
        }),
    );
  }
  return labels.get(key);
}

/** The labels of these codes, by code, once they are known (until then, none). */
export function useLabels(kind, codes) {
  const [known, setKnown] = useState(new Map());
  const wanted = codes.join(',');
  useEffect(() => {
    let current = true;
    Promise.all(codes.map(async (code) => [code, await labelOf(kind, code)])).then((pairs) => {
      if (current) setKnown(new Map(pairs));
    });
    return () => {
      current = false;
    };
  }, [kind, wanted]);
  return known;
}
