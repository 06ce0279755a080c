namespace VLoket.Domain.Verenigingen.Opslag;

/// <summary>What filling in the province entries did: associations read, entries added.</summary>
public sealed record GebiedsindexResultaat(int Gelezen, int Toegevoegd);

/// <summary>
/// Gives every association stored before the index had province entries the entries of its provincial werkingsgebieden
/// (<see cref="GemeenteIndex.Gebieden"/>), so the window sweep of a provincial service finds it. Run once by an operator
/// after the upgrade; a second run adds nothing. Reads every association once: its cost grows linearly with the register.
/// </summary>
public sealed class GebiedsindexAanvulling(VerenigingRepository verenigingen, GemeenteIndex index)
{
    public async Task<GebiedsindexResultaat> VulAanAsync(CancellationToken ct = default)
    {
        int gelezen = 0, toegevoegd = 0;
        await foreach (var vereniging in verenigingen.AlleAsync(ct))
        {
            gelezen++;
            toegevoegd += await index.VulProvinciesAanAsync(vereniging, ct);
        }

        return new GebiedsindexResultaat(gelezen, toegevoegd);
    }
}
