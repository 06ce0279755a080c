using System.Text.Json;
using System.Text.Json.Nodes;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Diensten.Import;

/// <summary>What happened to one imported service: <c>aangemaakt</c>, <c>bijgewerkt</c>, <c>ongewijzigd</c> or <c>geweigerd</c> (with reasons).</summary>
public sealed record ImportItemResultaat(int Index, string? Productnummer, string Resultaat, IReadOnlyList<VeldFout>? Redenen = null);

/// <summary>The outcome of an import: counts and one result per item, in the order of the input.</summary>
public sealed record ImportResultaat(int Aangemaakt, int Bijgewerkt, int Ongewijzigd, int Geweigerd, IReadOnlyList<ImportItemResultaat> Resultaten);

/// <summary>
/// Upserts services from IPDC-shaped JSON (an array) by product number. Every item is validated on its own: a bad item
/// is reported and skipped, it never blocks the others. An item equal to what is stored is not written again, so
/// importing the same data twice changes nothing.
/// </summary>
public sealed class DienstImport(DienstRepository repository, DienstCatalogus catalogus)
{
    public const string Aangemaakt = "aangemaakt";
    public const string Bijgewerkt = "bijgewerkt";
    public const string Ongewijzigd = "ongewijzigd";
    public const string Geweigerd = "geweigerd";

    /// <summary>Most services one import may hold; a full IPDC export for associations stays well below this.</summary>
    public const int MaxItems = 5000;

    static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web);

    public async Task<ImportResultaat> ImporteerAsync(ReadOnlyMemory<byte> json, CancellationToken ct = default)
    {
        var lijst = LeesLijst(json);
        var bestaand = (await repository.AlleAsync(ct)).ToDictionary(d => d.Productnummer, StringComparer.OrdinalIgnoreCase);
        var resultaten = new List<ImportItemResultaat>(lijst.Count);
        var teBewaren = new List<Dienst>();
        var gezien = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < lijst.Count; i++)
        {
            var (dienst, fouten) = Lees(lijst[i]);
            if (dienst is null)
            {
                resultaten.Add(new ImportItemResultaat(i, Productnummer(lijst[i]), Geweigerd, fouten));
                continue;
            }

            if (!gezien.Add(dienst.Productnummer))
            {
                resultaten.Add(new ImportItemResultaat(i, dienst.Productnummer, Geweigerd,
                    [new VeldFout("productnummer", "Dit productnummer komt al eerder in deze import voor; elke dienst staat er maar één keer in.")]));
                continue;
            }

            string resultaat = bestaand.TryGetValue(dienst.Productnummer, out var oud)
                ? (Gelijk(oud, dienst) ? Ongewijzigd : Bijgewerkt)
                : Aangemaakt;
            if (resultaat != Ongewijzigd)
            {
                teBewaren.Add(dienst);
            }

            resultaten.Add(new ImportItemResultaat(i, dienst.Productnummer, resultaat));
        }

        if (teBewaren.Count > 0)
        {
            await repository.BewaarAsync(teBewaren, ct);
            catalogus.Vervallen();
        }

        return new ImportResultaat(
            resultaten.Count(r => r.Resultaat == Aangemaakt), resultaten.Count(r => r.Resultaat == Bijgewerkt),
            resultaten.Count(r => r.Resultaat == Ongewijzigd), resultaten.Count(r => r.Resultaat == Geweigerd), resultaten);
    }

    static JsonArray LeesLijst(ReadOnlyMemory<byte> json)
    {
        JsonNode? wortel;
        try
        {
            wortel = json.Length == 0 ? null : JsonNode.Parse(json.Span);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            // Besides malformed JSON: a lone surrogate (InvalidOperationException) or a key given twice (ArgumentException).
            throw new DomeinFout("body", "De JSON klopt niet. Stuur een lijst (array) van diensten.");
        }

        if (wortel is not JsonArray lijst)
        {
            throw new DomeinFout("body", "Stuur een lijst (array) van diensten in IPDC-vorm.");
        }

        return lijst.Count <= MaxItems
            ? lijst
            : throw new DomeinFout("body", $"Eén import bevat hoogstens {MaxItems} diensten; splits de lijst.");
    }

    static (Dienst? Dienst, IReadOnlyList<VeldFout> Fouten) Lees(JsonNode? item)
    {
        if (item is not JsonObject)
        {
            return (null, [new VeldFout(string.Empty, "Elke dienst is een JSON-object.")]);
        }

        DienstInvoer invoer;
        try
        {
            invoer = item.Deserialize<DienstInvoer>(Opties)!;
        }
        catch (JsonException e)
        {
            string veld = string.IsNullOrEmpty(e.Path) ? string.Empty : e.Path.TrimStart('$', '.');
            return (null, [new VeldFout(veld, "Dit gegeven heeft een ongeldig formaat (bijvoorbeeld tekst waar een lijst of taalkaart verwacht wordt).")]);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // A text that is no valid Unicode (a lone surrogate) or a key given twice.
            return (null, [new VeldFout(string.Empty, "Deze dienst bevat tekst die geen geldige Unicode is of een veld dat twee keer voorkomt.")]);
        }

        try
        {
            return (DienstValidatie.Create(invoer), []);
        }
        catch (DomeinFout fout)
        {
            return (null, fout.Fouten);
        }
    }

    // For the report only: the product number as given, when it is a short plain string.
    static string? Productnummer(JsonNode? item)
    {
        try
        {
            return item is JsonObject o && o["productnummer"] is JsonValue v && v.TryGetValue<string>(out var nummer) && nummer.Length <= 40
                && !Verenigingen.Waarden.Tekst.BevatOpmaak(nummer)
                ? nummer
                : null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // A lone surrogate (no .NET string to echo back), or a key given twice in the item: JsonNode finds that only
            // when the object is first read, which for a refused item is here.
            return null;
        }
    }

    static bool Gelijk(Dienst a, Dienst b) =>
        JsonSerializer.Serialize(a, JsonEigenschappen.Opties) == JsonSerializer.Serialize(b, JsonEigenschappen.Opties);
}
