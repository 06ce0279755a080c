using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Moq;
using VLoket.Functions.Configuratie;

namespace VLoket.Tests.Infra;

/// <summary>
/// The app reaches its storage the way infra/ configures it: by identity through the service URIs in Azure, by the
/// connection string locally. Building the clients contacts nothing, so these tests need no storage at all.
/// </summary>
public sealed class OpslagVerbindingTests
{
    const string Tabellen = "https://stvloketvoorbeeld.table.core.windows.net/";
    const string Blobs = "https://stvloketvoorbeeld.blob.core.windows.net/";

    static IConfiguration Configuratie(params (string Sleutel, string Waarde)[] instellingen) =>
        new ConfigurationBuilder().AddInMemoryCollection(instellingen.Select(i => KeyValuePair.Create(i.Sleutel, (string?)i.Waarde))).Build();

    [Fact]
    public void Met_service_uris_wijzen_de_clients_naar_die_uris_met_de_identiteit()
    {
        var configuratie = Configuratie(
            ("AzureWebJobsStorage:tableServiceUri", Tabellen),
            ("AzureWebJobsStorage:blobServiceUri", Blobs),
            ("AzureWebJobsStorage:clientId", "11111111-2222-3333-4444-555555555555"),
            ("AzureWebJobsStorage", "UseDevelopmentStorage=true")); // the URIs win, as they do for the Functions host
        string? gevraagdeClientId = null;

        var clients = OpslagVerbinding.Bouw(configuratie, clientId =>
        {
            gevraagdeClientId = clientId;
            return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
        });

        Assert.Equal(new Uri(Tabellen), clients.Tables.Uri);
        Assert.Equal(new Uri(Blobs), clients.Blobs.Uri);
        Assert.Equal("stvloketvoorbeeld", clients.Tables.AccountName);
        Assert.Equal("11111111-2222-3333-4444-555555555555", gevraagdeClientId);
    }

    [Fact]
    public void Zonder_client_id_is_het_de_systeemidentiteit()
    {
        var configuratie = Configuratie(("AzureWebJobsStorage:tableServiceUri", Tabellen), ("AzureWebJobsStorage:blobServiceUri", Blobs), ("AzureWebJobsStorage:clientId", ""));
        var gevraagd = new List<string?>();

        OpslagVerbinding.Bouw(configuratie, clientId =>
        {
            gevraagd.Add(clientId);
            return new Mock<TokenCredential>().Object;
        });

        Assert.Equal([null], gevraagd);
    }

    [Fact]
    public void Met_de_standaard_credential_bouwt_het_zonder_netwerk()
    {
        var clients = OpslagVerbinding.Bouw(Configuratie(("AzureWebJobsStorage:tableServiceUri", Tabellen), ("AzureWebJobsStorage:blobServiceUri", Blobs)));

        Assert.Equal(new Uri(Blobs), clients.Blobs.Uri);
    }

    [Fact]
    public void Zonder_service_uris_geldt_de_connection_string()
    {
        var configuratie = Configuratie(
            ("AzureWebJobsStorage", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=aGVsbG8=;BlobEndpoint=http://127.0.0.1:10400/devstoreaccount1;TableEndpoint=http://127.0.0.1:10402/devstoreaccount1;"),
            ("AzureWebJobsStorage:tableServiceUri", "")); // empty counts as not set (local.settings.sample.json style)

        var clients = OpslagVerbinding.Bouw(configuratie, _ => throw new InvalidOperationException("no credential expected"));

        Assert.Equal(new Uri("http://127.0.0.1:10402/devstoreaccount1"), clients.Tables.Uri);
        Assert.Equal(new Uri("http://127.0.0.1:10400/devstoreaccount1"), clients.Blobs.Uri);
    }

    [Fact]
    public void Zonder_iets_is_het_azurite()
    {
        var clients = OpslagVerbinding.Bouw(Configuratie());

        Assert.Equal("devstoreaccount1", clients.Blobs.AccountName);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage:tableServiceUri", Tabellen)]
    [InlineData("AzureWebJobsStorage:blobServiceUri", Blobs)]
    public void Een_enkele_service_uri_stopt_de_app(string sleutel, string waarde)
    {
        var fout = Assert.Throws<InvalidOperationException>(() => OpslagVerbinding.Bouw(Configuratie((sleutel, waarde))));

        Assert.Contains("tableServiceUri", fout.Message);
        Assert.Contains("blobServiceUri", fout.Message);
    }
}
