using Microsoft.Extensions.Configuration;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Invulling;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Dossiers.Model;
using VLoket.Functions.Configuratie;
using VLoket.Orchestrations.Dossiers;

namespace VLoket.Functions.Dossiers;

/// <summary>The settings of the dossier workflows, read once at start-up.</summary>
/// <param name="PubliekeUrl">Public base URL of the loket for agencies' callbacks; the request's own host when not set.</param>
public sealed record DossierOpties(string? PubliekeUrl, int EerstePollSeconden, int Pogingen)
{
    /// <summary>How long an agency has to decide (a TimeSpan, default 60 days).</summary>
    public const string TermijnSetting = "VLoket:Aanvragen:Termijn";

    /// <summary>The first polling interval for agencies without callbacks, in seconds (default 5).</summary>
    public const string EerstePollSetting = "VLoket:Aanvragen:EerstePollSeconden";

    /// <summary>Attempts per agency call while the agency is unreachable, before the workflow waits for an operator (default 10, about half an hour).</summary>
    public const string PogingenSetting = "VLoket:Aanvragen:Pogingen";

    /// <summary>Public base URL of the loket for agencies' callbacks.</summary>
    public const string PubliekeUrlSetting = "VLoket:PubliekeUrl";

    public static DossierOpties Lees(IConfiguration configuratie) => new(
        configuratie.Waarde(PubliekeUrlSetting),
        configuratie.GetValue<int?>(EerstePollSetting) ?? 5,
        configuratie.GetValue<int?>(PogingenSetting) ?? DossierRegels.StandaardPogingen);

    public static DossierInstellingen Instellingen(IConfiguration configuratie) =>
        new(configuratie.GetValue<TimeSpan?>(TermijnSetting) ?? DossierInstellingen.Standaard.Termijn);
}
