namespace VLoket.Domain.Bronnen.Kbo;

/// <summary>KBO as a data source for the view: an adapter over <see cref="IKboBron"/>, only for associations with a KBO number.</summary>
public sealed class KboGegevensBron(IKboBron kbo) : IGegevensBron
{
    public const string BronCode = "kbo";

    public string Code => BronCode;

    public string Naam => "Kruispuntbank van Ondernemingen (KBO)";

    public bool GeldtVoor(BronVraag vraag) => vraag.KboNummer is not null;

    public async Task<IReadOnlyList<BronItem>> HaalOpAsync(BronVraag vraag, CancellationToken ct = default)
    {
        if (vraag.KboNummer is null || await kbo.ZoekAsync(vraag.KboNummer, ct) is not { } o)
        {
            return [];
        }

        var items = new List<BronItem>
        {
            Basis("Ondernemingsnummer", o.KboNummer),
            Basis("Naam", o.Naam),
            Basis("Rechtsvorm", o.Rechtsvorm),
        };
        if (o.KorteNaam is not null)
        {
            items.Add(Basis("Korte naam", o.KorteNaam));
        }

        if (o.Startdatum is not null)
        {
            items.Add(Basis("Startdatum", o.Startdatum));
        }

        if (o.Zetel is not null)
        {
            items.Add(new BronItem(Categorieen.Locatie, "Maatschappelijke zetel volgens KBO", RegisterBron.Json(o.Zetel)));
        }

        items.AddRange((o.Contactgegevens ?? []).Select(c => new BronItem(Categorieen.Contactgegeven, c.Type, RegisterBron.Json(c.Waarde))));
        return items;
    }

    static BronItem Basis(string label, string waarde) => new(Categorieen.Basisgegevens, label, RegisterBron.Json(waarde));
}
