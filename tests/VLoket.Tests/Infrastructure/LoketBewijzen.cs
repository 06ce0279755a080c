using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VLoket.Functions.Configuratie;
using VLoket.Functions.Http;
using VLoket.Functions.Sleutels;

namespace VLoket.Tests.Infrastructure;

/// <summary>
/// The loket's credential for tests that call the simulated agencies and sources without a loket: the loket's own
/// <see cref="LoketBewijs"/> with the development key, and that key's JWKS served over HTTP (once per test run) for
/// the simulator to fetch, as it would from the loket.
/// </summary>
public static class LoketBewijzen
{
    static readonly Lazy<Task<Uri>> JwksServer = new(StartJwksAsync);

    public static LoketSleutel Sleutel { get; } = new(Options.Create(new GeheimenOpties { OndertekenSleutel = OntwikkelStandaarden.OndertekenSleutel }));

    /// <summary>The loket's credential maker with the development key, on <paramref name="klok"/> (default: the system clock).</summary>
    public static LoketBewijs Bewijs(TimeProvider? klok = null) => new(Sleutel, klok ?? TimeProvider.System);

    /// <summary>The URL of the development key's JWKS, as <c>/api/.well-known/jwks.json</c> serves it.</summary>
    public static Task<Uri> JwksUrlAsync() => JwksServer.Value;

    /// <summary>The JWKS of another key than the loket's: a receiver that trusts it refuses every credential of the loket.</summary>
    public static async Task<Uri> AndereJwksUrlAsync() => new(await JwksUrlAsync(), "/ander/jwks.json");

    static LoketSleutel AnderLoket { get; } = new(Options.Create(new GeheimenOpties
    {
        OndertekenSleutel = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem(),
    }));

    /// <summary>The receiver of a simulator URL: <c>{simulator}/instanties/{ovoCode}/</c>, <c>/bronnen/{bron}/</c> or <c>/kbo/</c>.</summary>
    public static Uri Ontvanger(Uri adres)
    {
        var delen = adres.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        int diepte = delen.FirstOrDefault() == "kbo" ? 1 : 2;
        return delen.Length > diepte
            ? new Uri(adres, "/" + string.Join('/', delen.Take(diepte)) + "/")
            : new Uri(adres, "/"); // a simulator route outside any connector (a test hook): no receiver of its own
    }

    /// <summary>A handler that signs every request for the receiver its URL names, as the loket's clients do.</summary>
    public static HttpMessageHandler Handler() =>
        new OntvangerUitAdres { InnerHandler = new LoketBewijsHandler(Bewijs(), null) { InnerHandler = new HttpClientHandler() } };

    sealed class OntvangerUitAdres : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Options.Set(LoketBewijsHandler.Ontvanger, Ontvanger(request.RequestUri!));
            return base.SendAsync(request, cancellationToken);
        }
    }

    static async Task<Uri> StartJwksAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/api/.well-known/jwks.json", () => Results.Json(Sleutel.Jwks, JsonAntwoord.Opties));
        app.MapGet("/ander/jwks.json", () => Results.Json(AnderLoket.Jwks, JsonAntwoord.Opties));
        await app.StartAsync(); // lives as long as the test run
        string adres = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(new Uri(adres.TrimEnd('/') + "/"), "api/.well-known/jwks.json");
    }
}
