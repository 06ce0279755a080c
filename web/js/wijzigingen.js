// A change sends only what the volunteer changed in the form. PATCH keeps every field it is not given, so a field
// someone else changed meanwhile (after a 412, once the newest version is loaded) keeps that newer value instead of
// being overwritten with what the form happened to show when it opened.

const isObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * The part of `nu` that differs from `begin`: changed keys only, plain objects compared key by key (an address keeps
 * its untouched parts), lists and values as a whole. An empty object means nothing changed.
 */
export function gewijzigd(begin, nu) {
  const uit = {};
  for (const [sleutel, waarde] of Object.entries(nu ?? {})) {
    const was = begin?.[sleutel];
    if (isObject(waarde) && isObject(was)) {
      const binnen = gewijzigd(was, waarde);
      if (Object.keys(binnen).length) uit[sleutel] = binnen;
    } else if (JSON.stringify(waarde) !== JSON.stringify(was)) {
      uit[sleutel] = waarde;
    }
  }
  return uit;
}
