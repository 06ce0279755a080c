namespace VLoket.Agencies.Simulator.Instanties;

/// <summary>
/// One simulated agency: who it is, how it reports back, and its own Dutch wording of each phase
/// (agencies word their statuses differently; the loket shows the label and reasons on the phase).
/// </summary>
public sealed record Instantie(
    string OvoCode, string Naam, InstantieModus Modus, string ZaakVoorvoegsel, IReadOnlyDictionary<Fase, string> Labels)
{
    /// <summary>What <c>GET /instanties</c> shows of this agency.</summary>
    public InstantieBeschrijving Beschrijving => new(OvoCode, Naam, Modus);
}

/// <summary>The three simulated agencies, one per way of reporting back.</summary>
public static class SimulatorInstanties
{
    public const string CultuurJeugdMedia = "OVO002949";
    public const string GentUitleendienst = "OVO004021";
    public const string OostVlaanderenVrijwilligers = "OVO003103";

    public static readonly IReadOnlyList<Instantie> Alle =
    [
        new(CultuurJeugdMedia, "Departement Cultuur, Jeugd en Media", InstantieModus.Callback, "CJM", new Dictionary<Fase, string>
        {
            [Fase.Ingediend] = "Aanvraag ontvangen",
            [Fase.InBehandeling] = "In behandeling bij de administratie",
            [Fase.ActieNodig] = "Bijkomende informatie nodig",
            [Fase.Goedgekeurd] = "Subsidie toegekend",
            [Fase.Afgekeurd] = "Subsidie geweigerd",
            [Fase.Geannuleerd] = "Aanvraag ingetrokken",
        }),
        new(GentUitleendienst, "Stad Gent — Uitleendienst", InstantieModus.Polling, "GENT", new Dictionary<Fase, string>
        {
            [Fase.Ingediend] = "Aanvraag geregistreerd bij de stad",
            [Fase.InBehandeling] = "Wordt nagekeken door de stad",
            [Fase.ActieNodig] = "Wacht op aanvulling",
            [Fase.Goedgekeurd] = "Goedgekeurd door de stad",
            [Fase.Afgekeurd] = "Geweigerd door de stad",
            [Fase.Geannuleerd] = "Ingetrokken",
        }),
        new(OostVlaanderenVrijwilligers, "Provincie Oost-Vlaanderen — Vrijwilligersverzekering", InstantieModus.Onmiddellijk, "POV",
            new Dictionary<Fase, string>
            {
                [Fase.Ingediend] = "Aanvraag geregistreerd",
                [Fase.InBehandeling] = "Dossier wordt onderzocht",
                [Fase.ActieNodig] = "Extra gegevens nodig",
                [Fase.Goedgekeurd] = "Verzekering toegekend",
                [Fase.Afgekeurd] = "Verzekering geweigerd",
                [Fase.Geannuleerd] = "Aanvraag stopgezet",
            }),
    ];

    public static Instantie? Zoek(string ovoCode) => Alle.FirstOrDefault(i => i.OvoCode == ovoCode);
}

/// <summary>
/// The callback secrets the simulator uses when <c>Simulator:Geheimen:&lt;ovoCode&gt;</c> is not set.
/// These are PUBLIC DEVELOPMENT-ONLY values, checked in on purpose so the demo and the tests work without setup;
/// a real agency's secret never looks like this and never lives in source.
/// </summary>
public static class OntwikkelGeheimen
{
    public const string Voorvoegsel = "ONTWIKKELING-ALLEEN-instantie-geheim-";

    /// <summary>The development secret of an agency: <c>ONTWIKKELING-ALLEEN-instantie-geheim-&lt;ovoCode&gt;</c>.</summary>
    public static string Voor(string ovoCode) => Voorvoegsel + ovoCode;
}
