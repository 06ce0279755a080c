using Azure.Data.Tables;
using VLoket.Domain.Diensten;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Opslag;
using PostcodeRegister = VLoket.Domain.Verenigingen.Waarden.PostcodeRegister;

namespace VLoket.Domain.Meldingen;

/// <summary>One service whose window opens or closes on a day the sweep announces.</summary>
public sealed record VensterMoment(Dienst Dienst, bool Sluit, DateOnly Dag, int DagenVooraf);

/// <summary>What one daily sweep did: the services with a moment, the associations read, the outbox rows written.</summary>
public sealed record VensterRonde(int Diensten, int Verenigingen, int Mails);

/// <summary>
/// The daily sweep of service windows: finds the services whose window opens or closes in exactly
/// <see cref="DagenVooraf"/> days, reads only the associations in the areas those services cover (the municipality index),
/// judges each with the eligibility rules, and writes one outbox row per (association, service, moment). The key holds
/// all three, so a second run on the same day writes the same rows and the register sends nothing twice.
/// </summary>
public sealed class DienstvensterVeger(DienstCatalogus catalogus, VerenigingRepository verenigingen, Tabellen tabellen, MailUitbox uitbox, TimeProvider klok)
{
    /// <summary>How many days before a window opens or closes the association is told.</summary>
    public static readonly IReadOnlyList<int> DagenVooraf = [14, 3];

    static readonly TimeZoneInfo Brussel = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>Today in Belgium: windows are calendar days there.</summary>
    public DateOnly Vandaag => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(klok.GetUtcNow(), Brussel).DateTime);

    /// <summary>The services with a window moment announced on <paramref name="vandaag"/>.</summary>
    public static IReadOnlyList<VensterMoment> Momenten(IEnumerable<Dienst> diensten, DateOnly vandaag)
    {
        var momenten = new List<VensterMoment>();
        foreach (var dienst in diensten)
        {
            var venster = Venster.Bepaal(dienst, vandaag);
            foreach (int dagen in DagenVooraf)
            {
                var dag = vandaag.AddDays(dagen);
                if (venster.Open ? venster.SluitOp == dag : venster.OpentOp == dag)
                {
                    momenten.Add(new VensterMoment(dienst, venster.Open, dag, dagen));
                }
            }
        }

        return momenten;
    }

    /// <summary>The outbox key of one moment for one association.</summary>
    public static string Sleutel(string vCode, VensterMoment m) =>
        $"{vCode}.venster.{m.Dienst.Productnummer}.{(m.Sluit ? "sluit" : "open")}.{m.Dag:yyyyMMdd}.{m.DagenVooraf}";

    /// <summary>Runs the sweep for today.</summary>
    public async Task<VensterRonde> VeegAsync(CancellationToken ct = default)
    {
        var vandaag = Vandaag;
        var momenten = Momenten((await catalogus.HuidigAsync(ct)).Diensten, vandaag);
        if (momenten.Count == 0)
        {
            return new VensterRonde(0, 0, 0);
        }

        var vCodes = await KandidatenAsync(momenten, ct);
        int mails = 0;
        var nu = klok.GetUtcNow();
        foreach (string vCode in vCodes)
        {
            var vereniging = (await verenigingen.LeesAsync(vCode, ct))?.Waarde;
            if (vereniging is null)
            {
                continue;
            }

            var profiel = Verenigingsprofiel.Van(vereniging);
            foreach (var m in momenten)
            {
                // Only what applies now: "not yet" (too young, a recognition missing) is no reason to apply in time.
                if (Geschiktheid.Beoordeel(m.Dienst, profiel, vandaag) is { Toepasbaar: true })
                {
                    await uitbox.BewaarAsync(new UitgaandeMail(Sleutel(vCode, m), MailSoort.Dienstvenster, vCode, VerenigingRepository.Tabel, nu,
                        Referentie: $"{m.Dienst.Productnummer}.{(m.Sluit ? "sluit" : "open")}"), ct);
                    mails++;
                }
            }
        }

        return new VensterRonde(momenten.Count, vCodes.Count, mails);
    }

    /// <summary>
    /// The active associations located in the areas of the moments' services: the partitions of their municipalities (a
    /// province stands for its municipalities). Only a service for all of Flanders reads the whole index.
    /// </summary>
    async Task<IReadOnlySet<string>> KandidatenAsync(IReadOnlyList<VensterMoment> momenten, CancellationToken ct)
    {
        var gemeenten = new HashSet<string>(StringComparer.Ordinal);
        bool overal = false;
        foreach (var m in momenten)
        {
            var gebieden = m.Dienst.Geschiktheid.Werkingsgebieden.Count > 0 ? m.Dienst.Geschiktheid.Werkingsgebieden : m.Dienst.GeografischToepassingsgebieden;
            if (gebieden.Count == 0 || gebieden.Any(Gebieden.IsOveral))
            {
                overal = true;
                break;
            }

            foreach (string gebied in gebieden)
            {
                if (Gebieden.IsProvincie(gebied))
                {
                    gemeenten.UnionWith(PostcodeRegister.Instance.Alle.Select(p => p.NutsLau).Where(g => Gebieden.ProvincieVan(g) == gebied));
                }
                else
                {
                    gemeenten.Add(gebied);
                }
            }
        }

        var tabel = await tabellen.TabelAsync(GemeenteIndex.Tabel);
        var vCodes = new HashSet<string>(StringComparer.Ordinal);
        string[] kolommen = ["RowKey", Verenigingen.Opslag.KandidatenCache.ActiefEigenschap];
        async Task LeesAsync(string? filter)
        {
            await foreach (var e in tabel.QueryAsync<TableEntity>(filter, select: kolommen, cancellationToken: ct))
            {
                if (e.GetBoolean(Verenigingen.Opslag.KandidatenCache.ActiefEigenschap) != false)
                {
                    vCodes.Add(e.RowKey);
                }
            }
        }

        if (overal)
        {
            await LeesAsync(null);
        }
        else
        {
            foreach (string gemeente in gemeenten)
            {
                await LeesAsync(TableClient.CreateQueryFilter($"PartitionKey eq {gemeente}"));
            }
        }

        return vCodes;
    }
}
