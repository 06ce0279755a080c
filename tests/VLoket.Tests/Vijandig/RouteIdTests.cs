using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Vijandig;

/// <summary>
/// An id in a route that has not the shape the OpenAPI document declares gets a Dutch 404 before anything is read:
/// Azure Table storage refuses '/', '#', '?' and control characters in keys with a 400 (a 500 for the client), and
/// Azurite does not check keys, so the test looks at the storage calls themselves: none may carry the id.
/// </summary>
public sealed class RouteIdTests(LoketFixture fixture) : IClassFixture<LoketFixture>, IDisposable
{
    readonly ConcurrentBag<string> opslagAdressen = [];
    ActivityListener? luisteraar;

    [Theory]
    [InlineData("GET", "dossiers/{id}", "Z{merk}")]
    [InlineData("GET", "dossiers/{id}", "D{merk}%23")]
    [InlineData("GET", "dossiers/{id}/documenten/beslissing", "D{merk}%3F")]
    [InlineData("POST", "dossiers/{id}/annuleer", "d{merk}")]
    [InlineData("GET", "dossiers/{id}", "D{merk}%01")]
    [InlineData("GET", "dossiers/{id}", "D{merk}%0A")]
    public async Task Een_dossierId_van_de_verkeerde_vorm_krijgt_404_zonder_dat_de_opslag_het_ziet(string methode, string pad, string id)
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        string vCode = (await ik.PostAsync("api/verenigingen", Registratie($"Route-id {Guid.NewGuid():N}"))).Json["vCode"]!.GetValue<string>();
        string merk = Guid.NewGuid().ToString("N");
        Luister();

        string url = $"api/verenigingen/{vCode}/" + pad.Replace("{id}", id.Replace("{merk}", merk));
        var r = methode == "GET" ? await ik.GetAsync(url) : await ik.PostAsync(url, new { reden = "Niet meer nodig." });

        Assert.Equal(HttpStatusCode.NotFound, r.Status);
        Assert.Equal("application/problem+json", r.ContentType);
        Assert.Contains("Dit dossier bestaat niet.", r.Tekst);
        Assert.DoesNotContain(opslagAdressen, a => a.Contains(merk, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Een_dossierId_van_de_juiste_vorm_wordt_wel_opgezocht()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        string vCode = (await ik.PostAsync("api/verenigingen", Registratie($"Route-id {Guid.NewGuid():N}"))).Json["vCode"]!.GetValue<string>();
        string merk = Guid.NewGuid().ToString("N");
        Luister();

        var r = await ik.GetAsync($"api/verenigingen/{vCode}/dossiers/D{merk}");

        Assert.Equal(HttpStatusCode.NotFound, r.Status);
        Assert.Contains(opslagAdressen, a => a.Contains(merk, StringComparison.OrdinalIgnoreCase));
    }

    // The Functions worker's middleware reads the same values from binding data; its runtime cannot run here, so the rule is
    // tested on binding data shaped as the worker gives it (route values as strings, beside query and header data).
    [Fact]
    public void De_functions_worker_weigert_dezelfde_ids_uit_zijn_binding_data()
    {
        var fout = Assert.Throws<VLoket.Domain.NietGevondenFout>(() => VLoket.Functions.Http.RouteParameters.Controleer("DownloadDocument",
            VLoket.Functions.Http.RouteParameters.UitBindingData(new Dictionary<string, object?>
            {
                ["vCode"] = "V0001001", ["dossierId"] = "D0123/../x", ["documentId"] = "beslissing-1", ["Query"] = "{}",
            })));
        Assert.Equal("Dit dossier bestaat niet.", fout.Message);
        Assert.Throws<VLoket.Domain.NietGevondenFout>(() => VLoket.Functions.Http.RouteParameters.Controleer("DownloadDocument",
            VLoket.Functions.Http.RouteParameters.UitBindingData(new Dictionary<string, object?> { ["vcode"] = "V0001001'", ["dossierid"] = "D" + new string('a', 32) })));
        // Well-formed ids, or a value the runtime did not give, pass: the guard never refuses what it cannot read.
        Assert.Empty(VLoket.Functions.Http.RouteParameters.Controleer("DownloadDocument", VLoket.Functions.Http.RouteParameters.UitBindingData(
            new Dictionary<string, object?> { ["vCode"] = "v0001001", ["dossierId"] = "D" + new string('0', 32), ["documentId"] = "x/y" })));
        Assert.Equal(["vCode", "dossierId"],
            VLoket.Functions.Http.RouteParameters.Controleer("DownloadDocument", VLoket.Functions.Http.RouteParameters.UitBindingData(new Dictionary<string, object?>())));
        // '$' in .NET also matches before a final line break: the whole value must match.
        Assert.Throws<VLoket.Domain.NietGevondenFout>(() => VLoket.Functions.Http.RouteParameters.Controleer("DownloadDocument",
            VLoket.Functions.Http.RouteParameters.UitBindingData(new Dictionary<string, object?> { ["vCode"] = "V0001001\n", ["dossierId"] = "D" + new string('0', 32) })));
    }

    [Fact]
    public void Het_openapi_document_declareert_de_vorm()
    {
        Assert.Equal("^D[0-9a-f]{32}$", VLoket.Functions.Http.RouteParameters.Patroon("dossierId"));
        Assert.Null(VLoket.Functions.Http.RouteParameters.Patroon("documentId"));
    }

    void Luister()
    {
        luisteraar = new ActivityListener
        {
            ShouldListenTo = bron => bron.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            // The test's own requests to the host carry the id too; every other call is the host's (storage among them).
            ActivityStopped = a =>
            {
                if (a.GetTagItem("url.full") is string url && Uri.TryCreate(url, UriKind.Absolute, out var adres) && adres.Port != fixture.Host.BaseAddress.Port)
                {
                    opslagAdressen.Add(Uri.UnescapeDataString(url));
                }
            },
        };
        ActivitySource.AddActivityListener(luisteraar);
    }

    public void Dispose() => luisteraar?.Dispose();
}
