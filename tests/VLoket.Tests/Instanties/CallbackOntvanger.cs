using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace VLoket.Tests.Instanties;

/// <summary>One request that reached the receiver: raw body and signature header as they came over the wire.</summary>
public sealed record OntvangenCallback(string Body, string? Handtekening, string? ContentType, bool Aangenomen)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("Lege callback.");

    public string EventId => Json["eventId"]!.GetValue<string>();

    public string Fase => Json["fase"]!.GetValue<string>();
}

/// <summary>
/// A stand-in for the loket's callback endpoint: a real Kestrel app on a free loopback port that records every callback
/// per name (<c>POST /callbacks/{naam}</c>), so each test uses its own name and sees only its own callbacks.
/// </summary>
public sealed class CallbackOntvanger : IAsyncDisposable
{
    readonly WebApplication app;
    readonly ConcurrentDictionary<string, ConcurrentQueue<OntvangenCallback>> ontvangen = new();
    readonly ConcurrentDictionary<string, int> teWeigeren = new();

    CallbackOntvanger(WebApplication app, Uri basis)
    {
        this.app = app;
        Basis = basis;
    }

    public Uri Basis { get; }

    public static async Task<CallbackOntvanger> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        CallbackOntvanger? ontvanger = null;
        app.MapPost("/callbacks/{naam}", async (string naam, HttpRequest request) =>
        {
            string body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync();
            bool aangenomen = ontvanger!.Aannemen(naam);
            ontvanger.ontvangen.GetOrAdd(naam, _ => new()).Enqueue(
                new OntvangenCallback(body, request.Headers["VL-Handtekening"].FirstOrDefault(), request.ContentType, aangenomen));
            return aangenomen ? Results.NoContent() : Results.StatusCode(StatusCodes.Status500InternalServerError);
        });
        await app.StartAsync();
        string adres = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        ontvanger = new CallbackOntvanger(app, new Uri(adres.TrimEnd('/') + "/"));
        return ontvanger;
    }

    /// <summary>A fresh callback URL of its own.</summary>
    public (string Naam, Uri Url) NieuweUrl()
    {
        string naam = Guid.NewGuid().ToString("N");
        return (naam, new Uri(Basis, $"callbacks/{naam}"));
    }

    /// <summary>Answers 500 to the next <paramref name="keer"/> callbacks for <paramref name="naam"/>.</summary>
    public void Weiger(string naam, int keer) => teWeigeren[naam] = keer;

    bool Aannemen(string naam)
    {
        while (teWeigeren.TryGetValue(naam, out int rest) && rest > 0)
        {
            if (teWeigeren.TryUpdate(naam, rest - 1, rest))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Everything that arrived for <paramref name="naam"/>, accepted or not, in order of arrival.</summary>
    public IReadOnlyList<OntvangenCallback> Van(string naam) => ontvangen.TryGetValue(naam, out var rij) ? [.. rij] : [];

    /// <summary>Waits until <paramref name="aantal"/> callbacks for <paramref name="naam"/> arrived (accepted or not).</summary>
    public async Task<IReadOnlyList<OntvangenCallback>> WachtOpAsync(string naam, int aantal, double seconden = 15)
    {
        var tot = DateTime.UtcNow.AddSeconds(seconden);
        while (Van(naam).Count < aantal)
        {
            Assert.True(DateTime.UtcNow < tot, $"Na {seconden} s {Van(naam).Count} van {aantal} callbacks ontvangen.");
            await Task.Delay(20);
        }

        return Van(naam);
    }

    /// <summary>
    /// Checks a <c>VL-Handtekening</c> header independently of the simulator's code: <c>t=&lt;unix&gt;,v1=&lt;hex&gt;</c>
    /// with v1 the lowercase hex HMAC-SHA256 over <c>"&lt;t&gt;.&lt;body&gt;"</c>, and t within a minute of now.
    /// </summary>
    public static bool HandtekeningKlopt(string? header, string body, string geheim)
    {
        var delen = (header ?? string.Empty).Split(',').Select(d => d.Split('=', 2)).Where(d => d.Length == 2).ToDictionary(d => d[0], d => d[1]);
        if (!delen.TryGetValue("t", out string? t) || !delen.TryGetValue("v1", out string? v1)
            || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out long seconden)
            || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconden) > 60)
        {
            return false;
        }

        byte[] mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(geheim), Encoding.UTF8.GetBytes($"{t}.{body}"));
        string verwacht = string.Concat(mac.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        return v1 == verwacht;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
