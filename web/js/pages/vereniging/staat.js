import { api, vraag } from '../../api.js';

/**
 * The association being looked at and its ETag. Every write sends If-Match with the latest ETag and takes the
 * association and ETag from the answer, so a second change right after the first does not trip over its own
 * version. On 412 the newest version is loaded before the error goes back to the form: the lists on the page
 * show what changed, while the open form keeps what the volunteer typed.
 */
export function maakStaat(vCode, vereniging, etag) {
  const luisteraars = new Set();
  const staat = {
    vCode,
    vereniging,
    etag,
    bijWijziging(doe) {
      luisteraars.add(doe);
    },
    zet(nieuw, nieuweEtag) {
      staat.vereniging = nieuw;
      if (nieuweEtag) staat.etag = nieuweEtag;
      for (const doe of luisteraars) doe(nieuw);
    },
    async herlaad() {
      const r = await api.vereniging(vCode);
      staat.zet(r.data, r.etag);
    },
    async schrijf(methode, pad, body) {
      try {
        const r = await vraag(`verenigingen/${encodeURIComponent(vCode)}${pad}`, { methode, body, etag: staat.etag });
        staat.zet(r.data, r.etag);
        return r;
      } catch (fout) {
        if (fout.status === 412) {
          // Whoever shows the error says "we loaded the newest data" and compares with it: only when that is true.
          fout.nieuwsteGeladen = await staat.herlaad().then(() => true, () => false);
        }
        throw fout;
      }
    },
  };
  return staat;
}
