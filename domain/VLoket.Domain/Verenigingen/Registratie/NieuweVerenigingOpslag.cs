using VLoket.Domain.Privacy;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Verenigingen.Registratie;

/// <summary>
/// Stores a new association with its entries in the representative, invitation and municipality indexes, in the order
/// that survives a crash. Only <see cref="RegistratieDienst"/> decides when (validation, duplicate check, vCode); the
/// registration benchmark measures these writes on their own.
/// </summary>
public sealed class NieuweVerenigingOpslag(
    VerenigingRepository repository, VertegenwoordigerIndex vertegenwoordigers, UitnodigingIndex uitnodigingen, GemeenteIndex gemeenten, InszSleutel inszSleutel)
{
    public async Task<Opgeslagen<Vereniging>> BewaarAsync(Vereniging vereniging, HistoriekItem historiek, CancellationToken ct = default)
    {
        // Index first: a crash after this leaves an index entry without association (filtered on read), never the reverse.
        foreach (var w in vereniging.Vertegenwoordigers)
        {
            await vertegenwoordigers.VoegToeAsync(inszSleutel.Hash(Insz.Hydrate(w.Insz)), vereniging.VCode, ct);
        }

        foreach (var u in vereniging.Uitnodigingen)
        {
            await uitnodigingen.VoegToeAsync(inszSleutel.Hash(Insz.Hydrate(u.Insz!)), vereniging.VCode, ct);
        }

        string etag = await repository.MaakAsync(vereniging, [historiek], ct);
        await gemeenten.BijwerkenAsync(null, vereniging, DuplicaatControle.Gemeenten, ct);
        return new Opgeslagen<Vereniging>(vereniging, etag);
    }
}
