namespace VLoket.Agencies.Simulator.Beveiliging;

/// <summary>
/// Every connector route the loket calls (agencies' <c>/instanties/{ovoCode}/…</c>, sources' <c>/bronnen/{bron}/…</c>,
/// KBO's <c>/kbo/…</c>) answers 401 problem+json unless the call carries a valid credential of the loket
/// (<see cref="LoketBewijsControle"/>). Open are only the simulator's test hooks (tagged <c>testhaken</c> in the
/// contracts) and the hand-off landing, which checks its own token. New routes under those prefixes are protected
/// unless named here: closed by default.
/// </summary>
public static class LoketBewijsModule
{
    static readonly string[] Voorvoegsels = ["/instanties/{ovoCode}/", "/bronnen/", "/kbo/"];

    public static IServiceCollection AddLoketBewijs(this IServiceCollection services) =>
        services.AddHttpClient().AddSingleton<LoketJwks>().AddSingleton<LoketBewijsControle>();

    /// <summary>Whether the route <paramref name="patroon"/> (as mapped) needs the loket's credential for <paramref name="methode"/>.</summary>
    public static bool IsBeschermd(string methode, string patroon)
    {
        if (!Voorvoegsels.Any(v => patroon.StartsWith(v, StringComparison.Ordinal)))
        {
            return false; // /instanties, /storingen/{ovoCode}: simulator only
        }

        bool lezen = HttpMethods.IsGet(methode);
        return !(patroon.Contains("/beheer/", StringComparison.Ordinal)
            || patroon.StartsWith("/instanties/{ovoCode}/zaken", StringComparison.Ordinal)
            || patroon == "/instanties/{ovoCode}/overdracht"
            || patroon == "/instanties/{ovoCode}/gegevenswijzigingen/storingen"
            || patroon == "/instanties/{ovoCode}/reservaties/{reservatieId}/goedkeuring"
            || (lezen && patroon is "/instanties/{ovoCode}/gegevenswijzigingen" or "/instanties/{ovoCode}/reservaties"));
    }

    /// <summary>The receiver's connector base URL as the loket addressed it: what <c>aud</c> must be.</summary>
    public static string Ontvanger(HttpRequest request)
    {
        var delen = request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        int diepte = delen[0] == "kbo" ? 1 : 2;
        return $"{request.Scheme}://{request.Host}{request.PathBase}/{string.Join('/', delen.Take(diepte))}/";
    }

    public static IApplicationBuilder UseLoketBewijs(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } patroon } && IsBeschermd(context.Request.Method, patroon))
        {
            string? kop = context.Request.Headers.Authorization.ToString();
            string? bearer = kop.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? kop["Bearer ".Length..].Trim() : null;
            var controle = context.RequestServices.GetRequiredService<LoketBewijsControle>();
            string? reden = await controle.WeigeringAsync(bearer, Ontvanger(context.Request), context.RequestAborted);
            if (reden is not null)
            {
                // RFC 6750: a missing credential gets a bare challenge, a bad one says invalid_token.
                context.Response.Headers.WWWAuthenticate = bearer is null ? "Bearer" : "Bearer error=\"invalid_token\"";
                await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Geen geldig bewijs van het loket", detail: reden)
                    .ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    });
}
