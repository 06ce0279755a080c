using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VLoket.Functions.Bronnen;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;

namespace VLoket.Tests.Gegevens;

/// <summary>
/// A host with the simulated data sources, where every view asks the external sources again (maximum age zero), so a
/// source switched off shows at once; a short wait so tests of a dead source stay quick.
/// </summary>
public class GegevensFixture : LoketFixture
{
    /// <summary>How old a snapshot may be before a view asks the source again.</summary>
    protected virtual string MaxLeeftijd => "00:00:00";

    protected override IDictionary<string, string?> Settings(string connectionString)
    {
        var settings = base.Settings(connectionString);
        settings[BronnenRegistratie.MaxLeeftijdSetting] = MaxLeeftijd;
        settings[BronnenRegistratie.WachttijdSetting] = "00:00:03";
        return settings;
    }

    /// <summary>Registers an association in Gent for <paramref name="ik"/>, with a second representative Karim (a third person to <paramref name="ik"/>), who accepts his invitation.</summary>
    public async Task<string> RegistreerAsync(LoketClient ik, string naam)
    {
        var body = Voorbeelden.Registratie(naam);
        body["vertegenwoordigers"] = new JsonArray(new JsonObject
        {
            ["insz"] = Voorbeelden.InszKarim, ["voornaam"] = "Karim", ["achternaam"] = "El Amrani", ["rol"] = "Penningmeester",
        });
        var r = await ik.PostAsync("api/verenigingen", body);
        Assert.True(r.Status == HttpStatusCode.Created, r.ToString());
        string vCode = r.Json["vCode"]!.GetValue<string>();
        using var karim = await AlsAsync(Voorbeelden.InszKarim, "Karim", "El Amrani");
        await AanvaardAsync(karim, vCode); // Karim is invited and consents; only then is he a representative
        return vCode;
    }

    /// <summary>Calls a seeding or switch route of the simulator (not part of the connector contract).</summary>
    public Task ZetAsync(string pad, object body) => BronnenSimulator.ZetAsync(Simulator, pad, body);

    public Task StoringAsync(string bron, bool storing) =>
        ZetAsync(bron == "kbo" ? "kbo/beheer/storing" : $"bronnen/{bron}/beheer/storing", new { storing });

}

/// <summary>The same with the default maximum age of 15 minutes: a fresh snapshot is shown without asking the source.</summary>
public sealed class VersGegevensFixture : GegevensFixture
{
    protected override string MaxLeeftijd => "00:15:00";
}
