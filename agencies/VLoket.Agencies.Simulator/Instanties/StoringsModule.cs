using System.Collections.Concurrent;

namespace VLoket.Agencies.Simulator.Instanties;

/// <summary>How an outage of one simulated agency stands: whether it is down, and how many calls it turned away.</summary>
/// <param name="Verwerkt">True when the agency does the work but its answer is lost (a gateway timeout after processing).</param>
/// <param name="Geweigerd">Calls to the agency answered 503 since the simulator started (all outages together).</param>
public sealed record StoringsToestand(string OvoCode, bool Actief, bool Verwerkt, int Geweigerd);

/// <summary>
/// A control to make a simulated agency unreachable and reachable again, so operators and tests can rehearse a real
/// outage: while it lasts, every call under <c>/instanties/{ovoCode}/</c> answers 503 (applications, reads, answers,
/// reservations alike), as a crashed agency behind a gateway would. With <c>?verwerkt=true</c> the agency still does the
/// work and only the answer is lost, so the loket's retries must not make a second case (the idempotency key). Unlike the
/// <c>storing-N</c> scenario, the outage does not end by itself: it ends when someone "fixes the cause" with
/// <c>DELETE /storingen/{ovoCode}</c>. The inspection routes <c>…/zaken</c> keep answering, so a test can see what the
/// agency holds meanwhile.
/// </summary>
/// <remarks>
/// Outside <c>/instanties</c> on purpose: it is the simulator's own switch, not part of the agency connector contract
/// (docs/contracts/instantie-connector.openapi.json), whose test holds every <c>/instanties</c> route against it.
/// </remarks>
public static class StoringsModule
{
    /// <summary>Which agencies are down, and how many calls each turned away.</summary>
    public sealed class Storingen
    {
        // Per agency that is down: whether it still does the work.
        readonly ConcurrentDictionary<string, bool> actief = new(StringComparer.Ordinal);

        // Per agency that is slow: how long each call waits before it is handled.
        readonly ConcurrentDictionary<string, TimeSpan> traag = new(StringComparer.Ordinal);

        /// <summary>The agency answers, but every call waits <paramref name="vertraging"/> first; zero ends that.</summary>
        public void Vertraag(string ovoCode, TimeSpan vertraging)
        {
            if (vertraging > TimeSpan.Zero)
            {
                traag[ovoCode] = vertraging;
            }
            else
            {
                traag.TryRemove(ovoCode, out _);
            }
        }

        /// <summary>How long a call to the agency waits now (zero when it is not slow).</summary>
        public TimeSpan Vertraging(string ovoCode) => traag.GetValueOrDefault(ovoCode);
        readonly ConcurrentDictionary<string, int> geweigerd = new(StringComparer.Ordinal);

        /// <summary>The agency goes down; with <paramref name="verwerkt"/> it still does the work but loses its answers.</summary>
        public void Start(string ovoCode, bool verwerkt) => actief[ovoCode] = verwerkt;

        /// <summary>The agency answers again.</summary>
        public void Stop(string ovoCode) => actief.TryRemove(ovoCode, out _);

        /// <summary>Null when the agency is up; else whether it still does the work.</summary>
        public bool? Verwerkt(string ovoCode) => actief.TryGetValue(ovoCode, out bool verwerkt) ? verwerkt : null;

        /// <summary>Counts a call the agency turned away.</summary>
        public void Weiger(string ovoCode) => geweigerd.AddOrUpdate(ovoCode, 1, (_, n) => n + 1);

        /// <summary>What <c>GET /storingen/{ovoCode}</c> shows.</summary>
        public StoringsToestand Toestand(string ovoCode) =>
            new(ovoCode, Verwerkt(ovoCode) is not null, Verwerkt(ovoCode) == true, geweigerd.GetValueOrDefault(ovoCode));
    }

    public static IServiceCollection AddStoringen(this IServiceCollection services) => services.AddSingleton<Storingen>();

    /// <summary>Answers 503 for every call to an agency that is down; to be used before the endpoints.</summary>
    public static IApplicationBuilder UseStoringen(this IApplicationBuilder app) => app.Use(async (http, volgende) =>
    {
        var storingen = http.RequestServices.GetRequiredService<Storingen>();
        var segmenten = (http.Request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segmenten is ["instanties", var traagCode, var traagRoute, ..] && traagRoute != "zaken" && storingen.Vertraging(traagCode) is { Ticks: > 0 } wacht)
        {
            await Task.Delay(wacht, http.RequestAborted);
        }

        if (segmenten is ["instanties", var ovoCode, var route, ..] && route != "zaken" && storingen.Verwerkt(ovoCode) is { } verwerkt)
        {
            if (verwerkt)
            {
                // The agency does the work; its answer never reaches the caller.
                var antwoord = http.Response.Body;
                http.Response.Body = Stream.Null;
                await volgende(http);
                http.Response.Body = antwoord;
                http.Response.Clear();
            }

            storingen.Weiger(ovoCode);
            http.Response.Headers.RetryAfter = "1";
            await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Instantie onbereikbaar",
                detail: "Gesimuleerde storing: de instantie antwoordt niet tot de storing opgeheven is.").ExecuteAsync(http);
            return;
        }

        await volgende(http);
    });

    /// <summary>
    /// <c>PUT /storingen/{ovoCode}[?verwerkt=true]</c> starts an outage, <c>PUT …/traag?ms=N</c> makes it slow, <c>DELETE</c> ends both, <c>GET</c> shows it; 404 for an agency
    /// the simulator does not have.
    /// </summary>
    public static IEndpointRouteBuilder MapStoringen(this IEndpointRouteBuilder endpoints)
    {
        var storing = endpoints.MapGroup("/storingen/{ovoCode}");
        storing.MapGet("", (string ovoCode, Storingen storingen) => MetInstantie(ovoCode, () => Results.Ok(storingen.Toestand(ovoCode))));
        storing.MapPut("", (string ovoCode, bool? verwerkt, Storingen storingen) => MetInstantie(ovoCode, () =>
        {
            storingen.Start(ovoCode, verwerkt ?? false);
            return Results.Ok(storingen.Toestand(ovoCode));
        }));
        storing.MapDelete("", (string ovoCode, Storingen storingen) => MetInstantie(ovoCode, () =>
        {
            storingen.Stop(ovoCode);
            storingen.Vertraag(ovoCode, TimeSpan.Zero);
            return Results.Ok(storingen.Toestand(ovoCode));
        }));
        // A slow agency: it answers every call, but only after ?ms= milliseconds (at most a minute); ms=0 ends it.
        storing.MapPut("/traag", (string ovoCode, int ms, Storingen storingen) => MetInstantie(ovoCode, () =>
        {
            storingen.Vertraag(ovoCode, TimeSpan.FromMilliseconds(Math.Clamp(ms, 0, 60_000)));
            return Results.Ok(storingen.Toestand(ovoCode));
        }));
        return endpoints;
    }

    static IResult MetInstantie(string ovoCode, Func<IResult> doe) => SimulatorInstanties.Zoek(ovoCode) is not null
        ? doe()
        : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Onbekende instantie", detail: $"Geen gesimuleerde instantie {ovoCode}.");
}
