using System.Buffers.Text;
using System.Text;
using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Delen;

/// <summary>
/// The delivery log (<c>Gegevensdelingen</c>: partition = vCode, row key = inverted ticks of the delivery's start +
/// leveringId, so a partition reads newest first) and the list of stuck deliveries for operators
/// (<c>VastgelopenLeveringen</c>: one partition, row = leveringId). Written only by the delivery workflow's activity.
/// </summary>
public sealed class GegevensdelingRepository(Tabellen tabellen)
{
    public const string Tabel = "Gegevensdelingen";
    public const string VastgelopenTabel = "VastgelopenLeveringen";
    public const int MaxPaginaGrootte = 100;
    const string VastgelopenPartitie = "vastgelopen";

    /// <summary>
    /// Writes the delivery's row in place (the same start time and id give the same key), then keeps the operators' list
    /// in step: listed while stuck, removed once delivered. Writing the same state twice is harmless (activities may repeat).
    /// </summary>
    public async Task BewaarAsync(Gegevensdeling levering, CancellationToken ct = default)
    {
        var log = await tabellen.TabelAsync(Tabel);
        var rij = new TableEntity(levering.VCode, Sleutel(levering.Tijdstip, levering.LeveringId));
        JsonEigenschappen.Schrijf(rij, levering);
        await log.UpsertEntityAsync(rij, TableUpdateMode.Replace, ct);

        var vastgelopen = await tabellen.TabelAsync(VastgelopenTabel);
        if (levering.Resultaat == Leveringsresultaten.Vastgelopen)
        {
            var e = new TableEntity(VastgelopenPartitie, levering.LeveringId);
            JsonEigenschappen.Schrijf(e, levering);
            await vastgelopen.UpsertEntityAsync(e, TableUpdateMode.Replace, ct);
        }
        else
        {
            await vastgelopen.DeleteEntityAsync(VastgelopenPartitie, levering.LeveringId, ETag.All, ct);
        }
    }

    /// <summary>Adds a line to the association's log only (a read in the behandelloket; nothing for operators).</summary>
    public async Task LogAsync(Gegevensdeling regel, CancellationToken ct = default)
    {
        var log = await tabellen.TabelAsync(Tabel);
        var rij = new TableEntity(regel.VCode, Sleutel(regel.Tijdstip, regel.LeveringId));
        JsonEigenschappen.Schrijf(rij, regel);
        await log.AddEntityAsync(rij, ct);
    }

    /// <summary>One page of an association's log, newest first. <paramref name="vervolg"/> is the token of the previous page.</summary>
    public async Task<GegevensdelingPagina> PaginaAsync(string vCode, int grootte, string? vervolg, CancellationToken ct = default)
    {
        if (grootte is < 1 or > MaxPaginaGrootte)
        {
            throw new DomeinFout("aantal", $"Kies een paginagrootte van 1 tot {MaxPaginaGrootte}.");
        }

        string? token = null;
        if (!string.IsNullOrEmpty(vervolg))
        {
            token = Ontcijfer(vervolg) ?? throw new DomeinFout("vervolg", "Dit vervolgtoken is ongeldig; vraag de eerste pagina opnieuw op.");
        }

        var log = await tabellen.TabelAsync(Tabel);
        // The filter stays on the association's partition whatever the token says, so a token never reaches another association's log.
        var query = log.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {vCode}"), grootte, cancellationToken: ct);
        try
        {
            await foreach (var pagina in query.AsPages(token, grootte).WithCancellation(ct))
            {
                var items = pagina.Values.Select(JsonEigenschappen.Lees<Gegevensdeling>).ToList();
                return new GegevensdelingPagina(vCode, items, string.IsNullOrEmpty(pagina.ContinuationToken) ? null : Versleutel(pagina.ContinuationToken));
            }
        }
        catch (RequestFailedException e) when (e.Status == 400)
        {
            throw new DomeinFout("vervolg", "Dit vervolgtoken is ongeldig; vraag de eerste pagina opnieuw op.");
        }

        return new GegevensdelingPagina(vCode, [], null);
    }

    /// <summary>The stuck deliveries, oldest first, at most <paramref name="maximum"/>.</summary>
    public async Task<IReadOnlyList<Gegevensdeling>> VastgelopenAsync(int maximum = 100, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(VastgelopenTabel);
        var lijst = new List<Gegevensdeling>();
        await foreach (var e in tabel.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {VastgelopenPartitie}"), cancellationToken: ct))
        {
            lijst.Add(JsonEigenschappen.Lees<Gegevensdeling>(e));
        }

        return lijst.OrderBy(l => l.Tijdstip).Take(maximum).ToList();
    }

    public async Task<Gegevensdeling?> VastgelopenAsync(string leveringId, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(VastgelopenTabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(VastgelopenPartitie, leveringId, cancellationToken: ct);
        return e.HasValue ? JsonEigenschappen.Lees<Gegevensdeling>(e.Value!) : null;
    }

    static string Sleutel(DateTimeOffset tijdstip, string leveringId) =>
        $"{DateTimeOffset.MaxValue.UtcTicks - tijdstip.UtcTicks:D19}-{leveringId}";

    // The storage token holds the next keys with a space between; base64url keeps it one clean query-string value.
    static string Versleutel(string token) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token));

    static string? Ontcijfer(string vervolg)
    {
        try
        {
            string token = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(vervolg));
            return token.Length is > 0 and < 1024 ? token : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
