using System.Text.Json;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;

namespace VLoket.Domain.Bronnen;

/// <summary>The register itself, in-process: the stored association as data items. Always read live.</summary>
public sealed class RegisterBron(VerenigingRepository repository) : IGegevensBron
{
    public const string BronCode = "register";

    public string Code => BronCode;

    public string Naam => "Verenigingsregister";

    public bool GeldtVoor(BronVraag vraag) => true;

    public async Task<IReadOnlyList<BronItem>> HaalOpAsync(BronVraag vraag, CancellationToken ct = default) =>
        await repository.LeesAsync(vraag.VCode, ct) is { } v ? Items(v.Waarde) : [];

    /// <summary>The association's data items, grouped by category.</summary>
    public static IReadOnlyList<BronItem> Items(Vereniging v)
    {
        var items = new List<BronItem>
        {
            Basis("Naam", v.Naam),
            Basis("Verenigingstype", (v.Verenigingssubtype ?? v.Verenigingstype).Naam),
            Basis("Status", v.Status),
            Basis("Doelgroep", $"{v.Doelgroep.Minimumleeftijd} tot {v.Doelgroep.Maximumleeftijd} jaar"),
        };
        if (v.KorteNaam is not null)
        {
            items.Add(Basis("Korte naam", v.KorteNaam));
        }

        if (v.Startdatum is not null)
        {
            items.Add(Basis("Startdatum", v.Startdatum));
        }

        if (v.KboNummer is not null)
        {
            items.Add(Basis("Ondernemingsnummer", v.KboNummer));
        }

        if (v.Hoofdactiviteiten.Count > 0)
        {
            items.Add(Basis("Hoofdactiviteiten", string.Join(", ", v.Hoofdactiviteiten.Select(h => h.Naam))));
        }

        if (v.Werkingsgebieden.Count > 0)
        {
            items.Add(Basis("Werkingsgebieden", string.Join(", ", v.Werkingsgebieden.Select(w => w.Naam))));
        }

        items.AddRange(v.Contactgegevens.Select(c => new BronItem(Categorieen.Contactgegeven, c.Type, Json(c.Waarde))));
        items.AddRange(v.Locaties.Select(l => new BronItem(Categorieen.Locatie, l.Naam is null ? l.Locatietype : $"{l.Locatietype}: {l.Naam}", Json(l.Adres))));
        // The person (name, masked INSZ) is added by the view from the reference, so the INSZ is never stored twice.
        items.AddRange(v.Vertegenwoordigers.Select(w => new BronItem(
            Categorieen.Vertegenwoordiger, w.Rol ?? (w.IsPrimair ? "Primaire vertegenwoordiger" : "Vertegenwoordiger"),
            Json($"{w.Voornaam} {w.Achternaam}"), Referentie: w.VertegenwoordigerId.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        items.AddRange(v.Bankrekeningnummers.Select(b => new BronItem(
            Categorieen.Bankrekeningnummer, b.Doel ?? "Rekeningnummer", Json(new { b.Iban, b.Titularissen, b.BevestigdDoor }))));
        return items;
    }

    static BronItem Basis(string label, string waarde) => new(Categorieen.Basisgegevens, label, Json(waarde));

    internal static JsonElement Json<T>(T waarde) => JsonSerializer.SerializeToElement(waarde, JsonEigenschappen.Opties);
}
