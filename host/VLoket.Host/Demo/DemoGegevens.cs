using System.Text.Json;
using VLoket.Agencies.Simulator;
using VLoket.Agencies.Simulator.Bronnen;
using VLoket.Domain;
using VLoket.Domain.Diensten.Demo;
using VLoket.Domain.Diensten.Import;
using VLoket.Domain.Verenigingen;
using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Domain.Verenigingen.Regels;
using VLoket.Domain.Verenigingen.Registratie;
using VLoket.Domain.Verenigingen.Uitnodigingen;
using VLoket.Domain.Verenigingen.Waarden;
using VLoket.Functions.Http;
using VLoket.Functions.Ontwikkeling;
using Vereniging = VLoket.Domain.Verenigingen.Model.Vereniging;

namespace VLoket.Host.Demo;

/// <summary>Loads the demo personas' associations through the same domain services the API uses. Loading twice changes nothing.</summary>
public static class DemoGegevens
{
    /// <summary>
    /// Loads the demo associations and catalogue; with <paramref name="simulator"/>, also what its data sources know
    /// about the Chiro (recognitions, the confirmed account), which needs the Chiro's vCode.
    /// </summary>
    public static async Task LaadAsync(IServiceProvider services, ILogger log, CancellationToken ct = default, SimulatorHost? simulator = null)
    {
        var registratie = services.GetRequiredService<RegistratieDienst>();
        var verenigingen = services.GetRequiredService<VerenigingDienst>();
        var voorzitter = AlsGebruiker(DemoPersonas.Voorzitter);
        var penningmeester = AlsGebruiker(DemoPersonas.Penningmeester);

        if ((await verenigingen.MijnVerenigingenAsync(voorzitter, ct)).Count == 0)
        {
            await RegistreerAsync(registratie, voorzitter, ChiroGent, ct);
            await RegistreerAsync(registratie, voorzitter, BuurtcomiteAalst, ct);
            // The Chiro invites its treasurer; in the demo story he has accepted, so he shares the Chiro's work.
            var uitnodigingen = services.GetRequiredService<UitnodigingDienst>();
            foreach (var u in await uitnodigingen.MijnUitnodigingenAsync(penningmeester, ct))
            {
                await uitnodigingen.AanvaardenAsync(u.VCode, u.UitnodigingId, penningmeester, ct);
            }
        }

        if (simulator is not null
            && (await verenigingen.MijnVerenigingenAsync(voorzitter, ct)).FirstOrDefault(m => m.Naam == ChiroGent.Naam) is { } chiro)
        {
            DemoData.LaadChiro(simulator.Bronnen, chiro.VCode, ChiroIban, verenigingen.Vandaag);
        }

        // Registering a KBO number twice returns the first registration, so this is safe on every start.
        var ksv = await registratie.RegistreerUitKboAsync("0412345614", penningmeester, ct);
        await VulKsvAanAsync(verenigingen, ksv.Vereniging, penningmeester, ct);

        // The service catalogue: an import that finds everything unchanged writes nothing.
        await DemoCatalogus.LaadAsync(services.GetRequiredService<DienstImport>(), ct);

        log.LogInformation("Demodata geladen: {Aantal} persona's", DemoPersonas.Alle.Count);
    }

    // KBO knows no activities or areas: the treasurer completed them, as a volunteer would, so the overview can match
    // KSV Heverlee as the sports club in Leuven it is. Only when still empty, so a restart changes nothing.
    static async Task VulKsvAanAsync(VerenigingDienst verenigingen, Opgeslagen<Vereniging> ksv, Gebruiker penningmeester, CancellationToken ct)
    {
        if (ksv.Waarde.Hoofdactiviteiten.Count > 0)
        {
            return;
        }

        var invoer = new BasisgegevensInvoer(null, null, null, null, null, ["SPRT"], ["BE24224062"]);
        await verenigingen.WijzigAsync(ksv.Waarde.VCode, ksv.ETag, penningmeester,
            v => BasisWijzigingen.Basisgegevens(v, invoer, verenigingen.Vandaag), ct);
    }

    static Gebruiker AlsGebruiker(DemoPersona p) => new(Insz.Hydrate(p.Insz), p.Voornaam, p.Achternaam);

    static async Task RegistreerAsync(RegistratieDienst registratie, Gebruiker gebruiker, RegistratieInvoer invoer, CancellationToken ct)
    {
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(invoer, JsonAntwoord.Opties);
        await registratie.RegistreerAsync(invoer, body, bevestigingsToken: null, gebruiker, ct);
    }

    const string ChiroIban = "BE68 5390 0754 7034";

    static readonly RegistratieInvoer ChiroGent = new(
        "Chiro Sint-Jan Gent", "Chiro Sint-Jan", "Jeugdbeweging voor kinderen en jongeren van 6 tot 18 jaar, elke zondagnamiddag.",
        "1968-09-01", new DoelgroepInvoer(6, 18), ["JGDW"], ["BE23444021"],
        [new ContactgegevenInvoer("E-mail", "leiding@chirosintjan.be", "Leiding", true), new ContactgegevenInvoer("Website", "https://www.chirosintjan.be", null, true)],
        [new LocatieInvoer("Activiteiten", "Chirolokaal", true, new AdresInvoer("Sint-Jansvest", "12", null, "9000", "Gent", "België"))],
        [new VertegenwoordigerInvoer("85092328401", "Karim", "El Amrani", null, "Penningmeester", false, "karim@chirosintjan.be", null, null)],
        [new BankrekeningnummerInvoer(ChiroIban, "Werking", ["Chiro Sint-Jan Gent"])]);

    static readonly RegistratieInvoer BuurtcomiteAalst = new(
        "Buurtcomité Den Dries", null, "Buurtfeest, rommelmarkt en zwerfvuilacties in de wijk Den Dries.",
        "2015-05-01", null, ["BWWC"], ["BE23141002"],
        [new ContactgegevenInvoer("E-mail", "dendries@buurtwerk.be", null, true), new ContactgegevenInvoer("Telefoon", "0470 12 34 56", null, true)],
        [new LocatieInvoer("Correspondentie", null, true, new AdresInvoer("Driesstraat", "5", null, "9300", "Aalst", "België"))],
        [], []);
}
