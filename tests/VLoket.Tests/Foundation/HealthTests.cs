using System.Net;
using System.Text.Json;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Foundation;

public sealed class HealthTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Health_answers_200_with_a_passing_check_per_dependency()
    {
        var response = await fixture.Client.GetAsync("api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("gezond", body.RootElement.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("versie").GetString()));
        var checks = body.RootElement.GetProperty("controles").EnumerateArray()
            .ToDictionary(c => c.GetProperty("naam").GetString()!, c => c.GetProperty("ok").GetBoolean());
        Assert.Equal(new[] { "blobStorage", "durableEngine", "tableStorage" }, checks.Keys.Order());
        Assert.All(checks.Values, Assert.True);
    }

    [Fact]
    public async Task Host_serves_the_web_front_end_as_static_files()
    {
        var response = await fixture.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("VLoket", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_the_declared_methods_are_served()
    {
        var response = await fixture.Client.PostAsync("api/health", new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
