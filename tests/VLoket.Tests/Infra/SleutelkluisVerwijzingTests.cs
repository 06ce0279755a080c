using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Moq;
using VLoket.Functions.Configuratie;

namespace VLoket.Tests.Infra;

/// <summary>
/// When App Service cannot resolve a Key Vault reference (secret not set yet, identity without access) it hands the app
/// the reference text itself. That text is long enough to pass for a key, so the app must refuse it, not sign with it.
/// </summary>
public sealed class SleutelkluisVerwijzingTests
{
    const string Verwijzing = "@Microsoft.KeyVault(SecretUri=https://kv-vloket-voorbeeld.vault.azure.net/secrets/InszSleutel)";

    static IHostEnvironment Productie()
    {
        var omgeving = new Mock<IHostEnvironment>();
        omgeving.SetupGet(o => o.EnvironmentName).Returns(Environments.Production);
        return omgeving.Object;
    }

    [Fact]
    public void Een_onopgeloste_verwijzing_is_geen_sleutel()
    {
        var opties = new GeheimenOpties
        {
            InszSleutel = Verwijzing,
            BevestigingsSleutel = new string('b', 40),
            OndertekenSleutel = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem(),
        };

        var resultaat = new OptiesControle(Productie()).Validate(null, opties);

        Assert.True(resultaat.Failed);
        Assert.Contains("InszSleutel", resultaat.FailureMessage);
        Assert.Contains("Key Vault reference", resultaat.FailureMessage);
        Assert.DoesNotContain("BevestigingsSleutel", resultaat.FailureMessage);
    }

    [Fact]
    public void Een_onopgeloste_verwijzing_is_geen_callbackgeheim()
    {
        var configuratie = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VLoket:Instanties:OVO000001:Url"] = "https://instantie.example.invalid/",
            ["VLoket:Instanties:OVO000001:Geheim"] = "@Microsoft.KeyVault(SecretUri=https://kv-vloket-voorbeeld.vault.azure.net/secrets/Instantie-OVO000001-Geheim)",
        }).Build();

        var fout = Assert.Throws<InvalidOperationException>(() => InstantieOpties.Bouw(configuratie, Productie()));

        Assert.Contains("OVO000001:Geheim", fout.Message);
        Assert.Contains("Key Vault reference", fout.Message);
    }

    [Fact]
    public void Een_opgeloste_sleutel_wordt_aanvaard()
    {
        var opties = new GeheimenOpties { InszSleutel = new string('k', 64), BevestigingsSleutel = new string('b', 64), OndertekenSleutel = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem() };

        Assert.True(new OptiesControle(Productie()).Validate(null, opties).Succeeded);
    }
}
