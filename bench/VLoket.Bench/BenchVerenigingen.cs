using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;
using PostcodeInfo = VLoket.Domain.Verenigingen.Waarden.PostcodeInfo;
using PostcodeRegister = VLoket.Domain.Verenigingen.Waarden.PostcodeRegister;
using VCode = VLoket.Domain.Verenigingen.Waarden.VCode;
using ModelAdres = VLoket.Domain.Verenigingen.Model.Adres;
using ModelDoelgroep = VLoket.Domain.Verenigingen.Model.Doelgroep;

namespace VLoket.Bench;

/// <summary>One municipality's share of the generated associations: vCode numbers <c>Start</c> to <c>Start + Aantal - 1</c>.</summary>
public sealed record GemeenteAandeel(PostcodeInfo Gemeente, int Aantal, int Start);

/// <summary>
/// Generated associations spread over the Flemish municipalities in proportion to a made-up population weight (the
/// number of postcodes, Gent and Antwerpen ten times more), and their bulk loading: the municipality index in table
/// transactions per partition, and, when asked, each association's own row. Shared by the benchmarks that need many.
/// </summary>
public static class BenchVerenigingen
{
    static readonly string[] Soorten = ["Chiro", "KSA", "KLJ", "Scouts", "Voetbalclub", "Volleybalclub", "Tennisclub", "Fanfare", "Harmonie",
        "Koor", "Toneelgroep", "Buurtcomité", "Oudervereniging", "Seniorenvereniging", "Jeugdhuis", "Wielerclub", "Schaakclub", "Gezinsbond"];

    static readonly string[] Namen = ["Sint-Jan", "Sint-Pieter", "Sint-Martinus", "De Eendracht", "Ons Genoegen", "De Vrijheid", "Den Dries",
        "Heilig Hart", "Sint-Cecilia", "De Toekomst", "Vooruit", "De Linde", "'t Pleintje", "Sint-Amandus", "De Kouter", "Het Anker"];

    /// <summary>The main activities the generated associations cycle through (those the generated catalogues ask for).</summary>
    public static readonly string[] Activiteiten = ["JGDW", "SPRT", "KECU", "BWWC", "NMDW", "SOVO", "GEWE", "HOSP"];

    static readonly ModelDoelgroep[] Doelgroepen = [new(6, 18), new(0, 150), new(18, 150), new(55, 150), new(12, 30)];

    /// <summary>One entry per municipality (its first postcode).</summary>
    public static List<PostcodeInfo> Gemeenten() => PostcodeRegister.Instance.Alle.GroupBy(p => p.NutsLau).Select(g => g.First()).ToList();

    /// <summary>How many of <paramref name="verenigingen"/> each municipality gets, and their vCode numbers (from 1001).</summary>
    public static List<GemeenteAandeel> Spreiding(List<PostcodeInfo> gemeenten, int verenigingen)
    {
        var gewichten = gemeenten.Select(g => (double)PostcodeRegister.Instance.Alle.Count(p => p.NutsLau == g.NutsLau) *
            (g.Gemeente is "Gent" or "Antwerpen" ? 10 : 1)).ToArray();
        double totaal = gewichten.Sum();
        int volgnummer = 1001;
        var aandelen = new List<GemeenteAandeel>(gemeenten.Count);
        for (int i = 0; i < gemeenten.Count; i++)
        {
            int aantal = (int)Math.Round(verenigingen * gewichten[i] / totaal);
            aandelen.Add(new GemeenteAandeel(gemeenten[i], aantal, volgnummer));
            volgnummer += aantal;
        }

        return aandelen;
    }

    /// <summary>The <paramref name="i"/>-th association of a municipality: name, one location there, an activity, a target group.</summary>
    public static Vereniging Maak(GemeenteAandeel a, int i)
    {
        int nummer = a.Start + i;
        return new Vereniging
        {
            VCode = VCode.FromNummer(nummer).Value,
            Verenigingstype = Codelijsten.Vzer,
            Verenigingssubtype = Codelijsten.FeitelijkeVereniging,
            Naam = Naam(new Random(nummer), a.Gemeente.Gemeente),
            Startdatum = nummer % 7 == 0 ? null : $"{1950 + (nummer % 75)}-09-01",
            Doelgroep = Doelgroepen[nummer % Doelgroepen.Length],
            Hoofdactiviteiten = [new Hoofdactiviteit(Activiteiten[nummer % Activiteiten.Length], "Activiteit")],
            Locaties = [Locatie(a.Gemeente)],
        };
    }

    /// <summary>
    /// Loads the municipality index (table transactions of 100 per partition) and, when <paramref name="metRijen"/>, each
    /// association's row (its own partition, so one insert each, <paramref name="gelijktijdig"/> at a time).
    /// </summary>
    public static async Task LaadAsync(IServiceProvider services, List<GemeenteAandeel> aandelen, bool metRijen, int gelijktijdig = 8)
    {
        var index = services.GetRequiredService<GemeenteIndex>();
        await Parallel.ForEachAsync(aandelen, new ParallelOptions { MaxDegreeOfParallelism = gelijktijdig }, async (a, ct) =>
            await index.VoegToeInBulkAsync(a.Gemeente.NutsLau, Enumerable.Range(0, a.Aantal).Select(i => Maak(a, i)).ToList(), ct));
        if (metRijen)
        {
            var repository = services.GetRequiredService<VerenigingRepository>();
            await Parallel.ForEachAsync(aandelen.SelectMany(a => Enumerable.Range(0, a.Aantal).Select(i => (a, i))),
                new ParallelOptions { MaxDegreeOfParallelism = gelijktijdig }, async (p, ct) => await repository.MaakAsync(Maak(p.a, p.i), [], ct));
        }
    }

    /// <summary>A plausible association name, sometimes with the municipality's name.</summary>
    public static string Naam(Random random, string gemeente) =>
        $"{Soorten[random.Next(Soorten.Length)]} {Namen[random.Next(Namen.Length)]} {(random.Next(3) == 0 ? gemeente : string.Empty)}".Trim();

    /// <summary>A location in <paramref name="p"/>.</summary>
    public static Locatie Locatie(PostcodeInfo p) =>
        new(1, "Activiteiten", null, true, new ModelAdres("Kerkstraat", "1", null, p.Postcode, p.Gemeente, "België"), Herkomst.Vereniging);
}
