using System.Collections.Concurrent;
using System.Text.Json;

namespace VLoket.Agencies.Simulator.Bronnen;

/// <summary>
/// What the three simulated sources know, seeded by tests and the demo, and which of them are down. Attests are kept
/// per INSZ (the youth administration knows people, not associations), recognitions per vCode, confirmations per
/// association and IBAN.
/// </summary>
public sealed class BronnenGegevens
{
    public const string Attesten = "attesten";
    public const string Erkenningen = "erkenningen";
    public const string Bank = "bank";
    public const string Kbo = "kbo";

    public static readonly IReadOnlyList<string> Bronnen = [Bank, Attesten, Erkenningen];

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly ConcurrentDictionary<string, List<Attest>> attesten = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, List<Erkenning>> erkenningen = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<(string VCode, string Iban), List<Bankbevestiging>> bevestigingen = new();
    readonly ConcurrentDictionary<string, bool> storingen = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, int> vragen = new(StringComparer.Ordinal);
    readonly ConcurrentQueue<(string Bron, string Insz)> gevraagdePersonen = new();

    public BronnenGegevens() => ZetAttesten(DemoData.InszAnPeeters, DemoData.AttestenAnPeeters);

    public void ZetAttesten(string insz, IEnumerable<Attest> lijst) => attesten[Cijfers(insz)] = [.. lijst];

    public void ZetErkenningen(string vCode, IEnumerable<Erkenning> lijst) => erkenningen[vCode.ToUpperInvariant()] = [.. lijst];

    public void ZetBevestigingen(string vCode, string iban, IEnumerable<Bankbevestiging> lijst) =>
        bevestigingen[(vCode.ToUpperInvariant(), Iban(iban))] = [.. lijst];

    /// <summary>Makes a source (or <c>kbo</c>) answer 503 until switched back.</summary>
    public void ZetStoring(string bron, bool storing) => storingen[bron] = storing;

    public bool IsGestoord(string bron) => storingen.GetValueOrDefault(bron);

    /// <summary>How many data requests a source has answered or refused, so tests can see who was asked.</summary>
    public int Vragen(string bron) => vragen.GetValueOrDefault(bron);

    /// <summary>Every INSZ a source was asked about (digits only), so a test can prove who was never asked.</summary>
    public IReadOnlyList<string> GevraagdePersonen(string bron) => [.. gevraagdePersonen.Where(p => p.Bron == bron).Select(p => p.Insz)];

    internal void Tel(string bron) => vragen.AddOrUpdate(bron, 1, (_, n) => n + 1);

    internal void Noteer(string bron, GegevensVraag vraag)
    {
        foreach (var p in vraag.Personen ?? [])
        {
            gevraagdePersonen.Enqueue((bron, Cijfers(p.Insz ?? string.Empty)));
        }
    }

    /// <summary>The source's items for the request, per the connector contract.</summary>
    public List<GegevenItem> Items(string bron, GegevensVraag vraag)
    {
        string vCode = vraag.VCode!.ToUpperInvariant();
        return bron switch
        {
            Attesten => [.. (vraag.Personen ?? [])
                .SelectMany(p => attesten.GetValueOrDefault(Cijfers(p.Insz ?? string.Empty)) ?? [], (p, a) => (p, a))
                .Select(x => new GegevenItem("attest", x.a.Titel, Waarde(x.a), x.a.GeldigTot, "Geldig", x.p.Referentie, x.a.UitgereiktDoor.OvoCode))],
            Erkenningen => [.. (erkenningen.GetValueOrDefault(vCode) ?? [])
                .Select(e => new GegevenItem("erkenning", e.IpdcProduct.Naam, Waarde(e), e.Einddatum, null, null, e.GeregistreerdDoor.OvoCode))],
            Bank => [.. (vraag.Bankrekeningnummers ?? [])
                .SelectMany(iban => bevestigingen.GetValueOrDefault((vCode, Iban(iban))) ?? [], (iban, b) => (iban, b))
                .Select(x => new GegevenItem("bankbevestiging", $"Rekening {x.iban} bevestigd door {x.b.BevestigdDoor.Naam}",
                    Waarde(new { x.iban, x.b.BevestigdDoor, x.b.BevestigdOp }), null, null, null, x.b.BevestigdDoor.OvoCode))],
            _ => [],
        };
    }

    static JsonElement Waarde<T>(T waarde) => JsonSerializer.SerializeToElement(waarde, Json);

    static string Cijfers(string insz) => new([.. insz.Where(char.IsAsciiDigit)]);

    static string Iban(string iban) => new([.. iban.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
}
