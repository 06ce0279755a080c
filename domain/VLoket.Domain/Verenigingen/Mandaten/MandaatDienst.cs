using VLoket.Domain.Bronnen.Kbo;
using VLoket.Domain.Privacy;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Verenigingen.Mandaten;

/// <summary>
/// Keeps a vzw's representatives in line with the functions KBO registers: a function holder who claims a vzw that is
/// already in the loket joins it, and a refresh removes those whose function ended (see <see cref="KboMandaten"/>).
/// </summary>
public sealed class MandaatDienst(
    VerenigingRepository repository, VerenigingDienst verenigingen, IKboBron kbo, InszSleutel inszSleutel, TimeProvider klok)
{
    const int Pogingen = 4;

    public const string MandaatBeeindigdMelding =
        "Volgens de Kruispuntbank van Ondernemingen (KBO) heb je geen functie meer in deze vereniging. Je bent er daarom " +
        "geen vertegenwoordiger meer van; de historiek van de vereniging vermeldt waarom.";

    DateOnly Vandaag => DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime);

    /// <summary>The keyed hash of a KBO INSZ (digits only), as stored in <see cref="Vereniging.KboMandaathouders"/>.</summary>
    public string Hash(string insz) => inszSleutel.Hash(Insz.Hydrate(KboMandaten.Cijfers(insz)));

    /// <summary>
    /// <paramref name="gebruiker"/>, who holds a function at KBO (checked by the caller), joins the vzw stored under
    /// <paramref name="vCode"/>; mandates that ended are applied at the same time.
    /// </summary>
    public Task<Wijzigingsresultaat> SluitAanAsync(string vCode, KboOnderneming onderneming, Gebruiker gebruiker, CancellationToken ct = default) =>
        BijwerkenAsync(vCode, onderneming, gebruiker, gebruiker, ct);

    /// <summary>A representative asks to refresh the vzw's mandates from KBO. Non-representatives get 404, as everywhere.</summary>
    public async Task<Wijzigingsresultaat> VernieuwAsync(string? vCode, Gebruiker gebruiker, CancellationToken ct = default)
    {
        var huidig = await verenigingen.LeesAsync(vCode, gebruiker, ct);
        string kboNummer = huidig.Waarde.KboNummer
            ?? throw new RegelFout("Deze vereniging staat niet in de Kruispuntbank van Ondernemingen; er is niets te vernieuwen.");
        var onderneming = await kbo.ZoekAsync(kboNummer, ct)
            ?? throw new RegelFout("De Kruispuntbank van Ondernemingen kent dit ondernemingsnummer niet meer. Er is niets gewijzigd.");
        return await BijwerkenAsync(huidig.Waarde.VCode, onderneming, null, gebruiker, ct);
    }

    async Task<Wijzigingsresultaat> BijwerkenAsync(
        string vCode, KboOnderneming onderneming, Gebruiker? aanvrager, Gebruiker door, CancellationToken ct)
    {
        for (int poging = 1; ; poging++)
        {
            var huidig = await repository.LeesAsync(vCode, ct) ?? throw new NietGevondenFout(VerenigingDienst.OnbekendMelding);
            var wijziging = KboMandaten.Bijwerken(huidig.Waarde, onderneming, Vandaag, Hash, aanvrager);
            try
            {
                return await verenigingen.BewaarAsync(huidig, wijziging.Na, wijziging.Gebeurtenissen, door, ct);
            }
            catch (VersieConflictFout) when (poging < Pogingen)
            {
                // Someone changed the association meanwhile: KBO's verdict still holds, so apply it to the newer version.
            }
        }
    }
}
