using System.Net;
using System.Text.Json;
using VLoket.Host.Storage;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Foundation;

/// <summary>A host whose storage connection string points at nothing.</summary>
public sealed class BrokenStorageHostFixture : HostFixture
{
    protected override IDictionary<string, string?> Settings(string connectionString)
    {
        int nothing = AzuriteProcess.FreePort();
        return BaseSettings(AzuriteProcess.ConnectionStringFor(nothing, nothing, nothing), TaskHub);
    }
}

public sealed class BrokenStorageTests(BrokenStorageHostFixture fixture) : IClassFixture<BrokenStorageHostFixture>
{
    [Fact]
    public async Task Health_answers_503_naming_the_storage_checks_when_storage_is_unreachable()
    {
        var response = await fixture.Client.GetAsync("api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ongezond", body.RootElement.GetProperty("status").GetString());
        var failing = body.RootElement.GetProperty("controles").EnumerateArray()
            .Where(c => !c.GetProperty("ok").GetBoolean())
            .Select(c => c.GetProperty("naam").GetString())
            .ToList();
        Assert.Contains("tableStorage", failing);
        Assert.Contains("blobStorage", failing);
        Assert.All(body.RootElement.GetProperty("controles").EnumerateArray().Where(c => !c.GetProperty("ok").GetBoolean()),
            c => Assert.False(string.IsNullOrEmpty(c.GetProperty("fout").GetString())));
    }
}
