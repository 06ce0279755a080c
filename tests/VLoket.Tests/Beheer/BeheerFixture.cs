using VLoket.Functions.Aanvragen;
using VLoket.Functions.Dossiers;
using VLoket.Tests.Aanvragen;

namespace VLoket.Tests.Beheer;

/// <summary>
/// The application fixture with few attempts per agency call, so an unreachable agency makes an application fail
/// within seconds (1 s, then 2 s between the attempts) instead of after the production half hour.
/// </summary>
public sealed class BeheerFixture : AanvraagFixture
{
    public const int Pogingen = 3;

    protected override IDictionary<string, string?> Settings(string connectionString)
    {
        var settings = base.Settings(connectionString);
        settings[DossierOpties.PogingenSetting] = Pogingen.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }
}
