using Azure.Data.Tables;
using VLoket.Domain.Diensten;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Domain.Verenigingen.Opslag;

/// <summary>An active association as the duplicate check needs it.</summary>
public sealed record GemeenteIndexItem(string VCode, string Naam, List<Locatie> Locaties, List<Hoofdactiviteit> Hoofdactiviteiten);

/// <summary>
/// Associations per municipality (NUTS/LAU code of their locations), for the duplicate check. An association that
/// leaves a municipality (moved, stopped) stays as a tombstone (<c>Actief = false</c>) so every instance's
/// <see cref="KandidatenCache"/> sees the removal in its next delta read. Each entry also holds the association's
/// eligibility profile (<see cref="ProfielEigenschap"/>), so the daily window sweep reads an area's associations here
/// without reading each association. An association active in a whole province (a provincial werkingsgebied) also has
/// an entry under the province's own code (<see cref="Gebieden"/>), which the duplicate check never searches.
/// </summary>
public sealed class GemeenteIndex(Tabellen tabellen, KandidatenCache cache)
{
    public const string Tabel = "VerenigingenPerGemeente";

    /// <summary>The property holding <see cref="Verenigingsprofiel.NaarJson"/>; absent on entries written before it existed.</summary>
    public const string ProfielEigenschap = "Profiel";

    /// <summary>True when a change touches what the index holds: the duplicate check's entry, the status or the eligibility profile.</summary>
    public static bool MoetBijwerken(Vereniging voor, Vereniging na) =>
        na.Naam != voor.Naam || na.Status != voor.Status
        || !na.Locaties.SequenceEqual(voor.Locaties) || !na.Werkingsgebieden.SequenceEqual(voor.Werkingsgebieden)
        || !na.Hoofdactiviteiten.SequenceEqual(voor.Hoofdactiviteiten)
        || Verenigingsprofiel.Van(na).NaarJson() != Verenigingsprofiel.Van(voor).NaarJson();

    /// <summary>The full entry, for a name that matched; null when absent or removed.</summary>
    public async Task<GemeenteIndexItem?> LeesAsync(string nutsLau, string vCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(nutsLau, vCode, cancellationToken: ct);
        return e.HasValue && e.Value!.GetBoolean(KandidatenCache.ActiefEigenschap) != false
            ? JsonEigenschappen.Lees<GemeenteIndexItem>(e.Value!)
            : null;
    }

    /// <summary>Makes the index match the association: present in each of its municipalities while active, a tombstone elsewhere.</summary>
    public async Task BijwerkenAsync(Vereniging? voor, Vereniging na, Func<Vereniging, IReadOnlySet<string>> gemeenten, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var nu = na.Status == Statussen.Actief ? Gebieden(na, gemeenten) : new HashSet<string>();
        var eerder = voor is null ? new HashSet<string>() : Gebieden(voor, gemeenten);
        var item = Item(na);
        string profiel = Verenigingsprofiel.Van(na).NaarJson();
        string? json = null;
        foreach (string gemeente in nu)
        {
            if (voor is not null && eerder.Contains(gemeente) && voor.Status == na.Status
                && Json(Item(voor)) == (json ??= Json(item)) && Verenigingsprofiel.Van(voor).NaarJson() == profiel)
            {
                continue; // nothing the duplicate check shows or the window sweep judges has changed: no write
            }

            await tabel.UpsertEntityAsync(Entity(gemeente, item, json ??= Json(item), profiel), TableUpdateMode.Replace, ct);
            cache.Bijgewerkt(gemeente, na.VCode, na.Naam, json);
        }

        foreach (string weg in eerder.Except(nu))
        {
            await tabel.UpsertEntityAsync(new TableEntity(weg, na.VCode) { [KandidatenCache.ActiefEigenschap] = false }, TableUpdateMode.Replace, ct);
            cache.Bijgewerkt(weg, na.VCode, null);
        }
    }

    /// <summary>
    /// The partitions an association has entries in: its <paramref name="gemeenten"/> (what the duplicate check searches)
    /// and each province it is active in as a whole. A province's code sorts inside the key range of its municipalities'
    /// codes (BE23 before BE23444021, and before BE24), so the window sweep of a provincial service, which reads that range,
    /// finds an association active there only through its werkingsgebied; a municipal service's sweep reads its own
    /// partition only, as a provincial werkingsgebied does not make a municipal service apply.
    /// </summary>
    public static IReadOnlySet<string> Gebieden(Vereniging v, Func<Vereniging, IReadOnlySet<string>> gemeenten)
    {
        var codes = new HashSet<string>(gemeenten(v), StringComparer.Ordinal);
        codes.UnionWith(Provincies(v));
        return codes;
    }

    static IEnumerable<string> Provincies(Vereniging v) => v.Werkingsgebieden.Select(w => w.Code).Where(Diensten.Gebieden.IsProvincie).Distinct();

    /// <summary>
    /// Adds the province entries (<see cref="Gebieden"/>) an active association lacks because it was stored before they
    /// existed, and returns how many. An entry that is there, a tombstone included, is left alone: the association's own
    /// writes keep it, and one of them racing this add either fails it (409) or replaces it.
    /// </summary>
    public async Task<int> VulProvinciesAanAsync(Vereniging v, CancellationToken ct = default)
    {
        if (v.Status != Statussen.Actief)
        {
            return 0;
        }

        var tabel = await tabellen.TabelAsync(Tabel);
        var item = Item(v);
        string json = Json(item), profiel = Verenigingsprofiel.Van(v).NaarJson();
        int toegevoegd = 0;
        foreach (string provincie in Provincies(v))
        {
            try
            {
                await tabel.AddEntityAsync(Entity(provincie, item, json, profiel), ct);
                toegevoegd++;
            }
            catch (Azure.RequestFailedException e) when (e.Status == 409)
            {
                // There already.
            }
        }

        return toegevoegd;
    }

    /// <summary>Adds many active associations of one municipality at once (benchmarks), in batches per partition.</summary>
    public async Task VoegToeInBulkAsync(string nutsLau, IReadOnlyList<Vereniging> verenigingen, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        foreach (var batch in verenigingen.Chunk(100))
        {
            var metJson = batch.Select(v => (Item: Item(v), Json: Json(Item(v)), Profiel: Verenigingsprofiel.Van(v).NaarJson())).ToList();
            await tabel.SubmitTransactionAsync(metJson.Select(i =>
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, Entity(nutsLau, i.Item, i.Json, i.Profiel))), ct);
            foreach (var (item, json, _) in metJson)
            {
                cache.Bijgewerkt(nutsLau, item.VCode, item.Naam, json);
            }
        }
    }

    static GemeenteIndexItem Item(Vereniging v) => new(v.VCode, v.Naam, v.Locaties, v.Hoofdactiviteiten);

    static string Json(GemeenteIndexItem item) => System.Text.Json.JsonSerializer.Serialize(item, JsonEigenschappen.Opties);

    // The name and the profile are properties of their own, so the cache and the window sweep each read a whole
    // municipality with a projection on what they need.
    static TableEntity Entity(string nutsLau, GemeenteIndexItem item, string json, string profiel)
    {
        var entity = new TableEntity(nutsLau, item.VCode)
        {
            [KandidatenCache.NaamEigenschap] = item.Naam, [KandidatenCache.ActiefEigenschap] = true, [ProfielEigenschap] = profiel,
        };
        JsonEigenschappen.SchrijfJson(entity, json);
        return entity;
    }
}
