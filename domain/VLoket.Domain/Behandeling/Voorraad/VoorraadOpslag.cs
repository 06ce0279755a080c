using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Behandeling.Voorraad;

/// <summary>
/// A lending service's stock in the behandelloket (<c>Uitleenvoorraad</c>): partition = OVO code; rows <c>item|{code}</c>
/// (the item, with a version every reservation of it bumps) and <c>res|{reservatieId}</c> (a reservation, its material
/// and period in plain columns). A hold writes its reservation and bumps its item in one transaction under the item's
/// ETag, so two holds at once can never lend more than the stock has: the second one recounts.
/// </summary>
public sealed class VoorraadOpslag(Tabellen tabellen)
{
    public const string Tabel = "Uitleenvoorraad";

    public async Task<(Voorraaditem Item, ETag Versie)?> ItemAsync(string ovoCode, string code, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(ovoCode, "item|" + code, cancellationToken: ct);
        return e.HasValue ? (JsonEigenschappen.Lees<Voorraaditem>(e.Value!), e.Value!.ETag) : null;
    }

    public async Task<IReadOnlyList<Voorraaditem>> ItemsAsync(string ovoCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var lijst = new List<Voorraaditem>();
        await foreach (var e in tabel.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {ovoCode} and RowKey gt {"item|"} and RowKey lt {"item}"}"), cancellationToken: ct))
        {
            lijst.Add(JsonEigenschappen.Lees<Voorraaditem>(e));
        }

        return lijst.OrderBy(i => i.Naam, StringComparer.CurrentCulture).ToList();
    }

    public async Task BewaarItemAsync(string ovoCode, Voorraaditem item, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = new TableEntity(ovoCode, "item|" + item.Code);
        JsonEigenschappen.Schrijf(e, item);
        await tabel.UpsertEntityAsync(e, TableUpdateMode.Replace, ct);
    }

    /// <summary>The reservations of <paramref name="materiaal"/> (or all) that overlap the period.</summary>
    public async Task<IReadOnlyList<Uitlening>> ReservatiesAsync(string ovoCode, string? materiaal, DateOnly van, DateOnly tot, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {ovoCode} and RowKey gt {"res|"} and RowKey lt {"res}"} and Van le {tot.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} and Tot ge {van.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}");
        if (materiaal is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Materiaal eq {materiaal}");
        }

        var lijst = new List<Uitlening>();
        await foreach (var e in tabel.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            lijst.Add(JsonEigenschappen.Lees<Uitlening>(e));
        }

        return lijst;
    }

    public async Task<(Uitlening Uitlening, ETag Versie)?> ReservatieAsync(string ovoCode, string reservatieId, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(ovoCode, "res|" + reservatieId, cancellationToken: ct);
        return e.HasValue ? (JsonEigenschappen.Lees<Uitlening>(e.Value!), e.Value!.ETag) : null;
    }

    /// <summary>Adds a hold and bumps its item under the item's version; false when someone changed the item's reservations first.</summary>
    public async Task<bool> HoudVastAsync(string ovoCode, Uitlening uitlening, Voorraaditem item, ETag itemVersie, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var itemRij = new TableEntity(ovoCode, "item|" + item.Code);
        JsonEigenschappen.Schrijf(itemRij, item);
        try
        {
            await tabel.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, itemRij, itemVersie),
                new TableTransactionAction(TableTransactionActionType.Add, Rij(ovoCode, uitlening)),
            ], ct);
            return true;
        }
        catch (TableTransactionFailedException fout) when (fout.Status is 412 or 409)
        {
            return false;
        }
    }

    /// <summary>Changes a reservation under its version; false when it changed in between.</summary>
    public async Task<bool> WijzigAsync(string ovoCode, Uitlening uitlening, ETag versie, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        try
        {
            await tabel.UpdateEntityAsync(Rij(ovoCode, uitlening), versie, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException fout) when (fout.Status == 412)
        {
            return false;
        }
    }

    static TableEntity Rij(string ovoCode, Uitlening u)
    {
        var e = new TableEntity(ovoCode, "res|" + u.ReservatieId)
        {
            ["Materiaal"] = u.Materiaal,
            ["Van"] = u.Van.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Tot"] = u.Tot.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        JsonEigenschappen.Schrijf(e, u);
        return e;
    }
}
