using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using VLoket.Domain.Instanties;
using VLoket.Functions.Configuratie;
using VLoket.Tests.Infrastructure;
using Xunit.Abstractions;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Vijandig;

/// <summary>One generated request: which operation, and how each part of it is made hostile.</summary>
public sealed record Geval(Operatie Operatie, string Url, byte[]? Body, string? ContentType, string? IfMatch, int Aanmelding, bool Ondertekend)
{
    public override string ToString()
    {
        string body = Body is null ? "(geen)" : Encoding.UTF8.GetString(Body);
        return $"{Operatie.Methode} {Url} content-type={ContentType ?? "(geen)"} if-match={IfMatch ?? "(geen)"} aanmelding={Aanmelding} " +
            $"ondertekend={Ondertekend} body({Body?.Length ?? 0} bytes)={(body.Length > 400 ? body[..400] + "…" : body)}";
    }
}

/// <summary>
/// The adversarial suite (issue 14, part 6), generated from <c>/api/openapi.json</c>: for every operation, hostile variants
/// of every path, query and header parameter and every body field (lengths, wrong types, NUL, RTL override, lone
/// surrogates, injection-like texts, deep nesting, missing and unknown fields, wrong content types, no or a bad sign-in).
/// It holds three things: no 5xx; problem+json on every 4xx; nothing stored when a request is refused. CsCheck shrinks a
/// failing case to a small one. <c>VLOKET_VIJANDIG_GEVALLEN</c> sets the number of cases (bench/README.md: longer mode).
/// </summary>
public sealed class VijandigeApiTests(LoketFixture fixture, ITestOutputHelper uitvoer) : IClassFixture<LoketFixture>
{
    const string Ovo = "OVO002949";
    static readonly string[] ContentTypes = ["application/json", "text/plain", "application/xml", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/json; charset=utf-16", "application/problem+json"];

    // No dot segments (a client normalises them away, so they name another route) and no %00 (Kestrel refuses the request
    // line with a bare 400 before any route): both are the server's answer, not an operation's. Likewise no request line
    // over the server's limit (Kestrel's 8 KB, answered with a bare 414 before any route; the Functions host has its own):
    // three query parameters of 3,000 characters crossed it (CI, seed 4Hx_McAFHH16). Every value still reaches its
    // operation on its own or with others up to that limit, where the declared maxLength answers in Dutch.
    const int MaxAanvraagregel = 8 * 1024 - 256; // room for the method, "/api/" and " HTTP/1.1"
    static readonly string[] PadWaarden = ["1", "0", "-1", "V0000000", "X", "%2F", "%E2%80%AE", "%ED%A0%80", "'%20OR%201%3D1", "%3Cscript%3E",
        new string('9', 40), new string('a', 3000), "OVO002949", "IPDC_0001", Guid.Empty.ToString()];

    [Fact]
    public async Task Geen_5xx_altijd_problem_json_en_niets_bewaard_bij_een_weigering()
    {
        int gevallen = int.TryParse(Environment.GetEnvironmentVariable("VLOKET_VIJANDIG_GEVALLEN"), out int n) ? n : 2000;
        string? seed = Environment.GetEnvironmentVariable("VLOKET_VIJANDIG_SEED");
        var document = JsonNode.Parse(await fixture.Client.GetStringAsync("api/openapi.json"))!;
        var operaties = Operaties.Lees(document);
        var staat = await Staat.MaakAsync(fixture);
        var perOperatie = operaties.ToDictionary(o => o.ToString(), _ => 0);
        var statussen = new SortedDictionary<int, int>();
        var klok = System.Diagnostics.Stopwatch.StartNew();

        await Gen.Int[0, operaties.Count - 1].SelectMany(i => Geval(operaties[i], staat)).SampleAsync(async geval =>
        {
            var voor = await staat.LeesAsync();
            using var antwoord = await StuurAsync(geval, staat);
            int status = (int)antwoord.StatusCode;
            string tekst = await antwoord.Content.ReadAsStringAsync();
            lock (statussen)
            {
                statussen[status] = statussen.GetValueOrDefault(status) + 1;
                perOperatie[geval.Operatie.ToString()]++;
            }

            Assert.True(status < 500, $"{status} op {geval}\n{tekst}");
            if (status >= 400)
            {
                Assert.True(antwoord.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{status} zonder problem+json op {geval}\n{tekst}");
                Assert.Equal(voor, await staat.LeesAsync());
            }
            else
            {
                await staat.VernieuwAsync();
            }
        }, iter: gevallen, threads: 1, seed: seed, print: g => g.ToString());

        klok.Stop();
        uitvoer.WriteLine($"{klok.Elapsed.TotalSeconds:F0} s; {operaties.Count} operaties, {statussen.Values.Sum()} gevallen; statussen: {string.Join(", ", statussen.Select(s => $"{s.Key}×{s.Value}"))}");
        uitvoer.WriteLine(string.Join("\n", perOperatie.Select(p => $"  {p.Value,5} {p.Key}")));
        Assert.DoesNotContain(perOperatie, p => p.Value == 0 && gevallen >= 10 * operaties.Count);
    }

    static Gen<Geval> Geval(Operatie operatie, Staat staat)
    {
        var padGens = operatie.Parameters.Where(p => p.Plaats == "path").Select(p =>
            p.Naam == "vCode"
                ? Gen.Frequency((6, Gen.Const(staat.VCode)), (1, Gen.OneOf(PadWaarden)))
                : p.Naam == "ovoCode" ? Gen.Frequency((4, Gen.Const(Ovo)), (1, Gen.OneOf(PadWaarden))) : Gen.OneOf(PadWaarden)).ToArray();
        var queryGens = operatie.Parameters.Where(p => p.Plaats == "query").Select(p =>
            Gen.Frequency((2, Gen.Const((string?)null)), (1, Gen.OneOf(PadWaarden).Select(w => (string?)$"{p.Naam}={w}")))).ToArray();
        var padEnQuery = Gen.Select(Alle(padGens), Alle(queryGens), (pad, query) =>
        {
            int i = 0;
            string url = System.Text.RegularExpressions.Regex.Replace(operatie.Pad, @"\{[^}]+\}", _ => pad[i++]).TrimStart('/');
            var q = query.Where(x => x is not null).ToList();
            return q.Count == 0 ? url : url + "?" + string.Join('&', q);
        }).Where(url => url.Length <= MaxAanvraagregel);
        var body = operatie.BodySchema is null
            ? Gen.Frequency((4, Gen.Const((byte[]?)null)), (1, Gen.OneOf(Waarden.RauweBodies).Select(b => (byte[]?)b)))
            : Gen.Frequency(
                (6, (Operaties.Type(operatie.BodySchema) == "object" ? Waarden.Object(operatie.BodySchema, 0) : Waarden.Waarde(operatie.BodySchema, 0))
                    .Select(j => (byte[]?)Encoding.UTF8.GetBytes(j))),
                (1, Gen.OneOf(Waarden.RauweBodies).Select(b => (byte[]?)b)),
                (1, Gen.Const((byte[]?)null)));
        var contentType = Gen.Frequency((6, Gen.Const<string?>("application/json")), (2, Gen.OneOf(ContentTypes).Select(c => (string?)c)), (1, Gen.Const((string?)null)));
        var ifMatch = Gen.Frequency((5, Gen.Const<string?>("huidig")), (1, Gen.Const((string?)null)), (1, Gen.OneOf<string?>("\"x\"", "*", "W/\"1\"", new string('"', 300))));
        var aanmelding = Gen.Frequency((8, Gen.Const(0)), (1, Gen.Const(1)), (1, Gen.Const(2)));
        return Gen.Select(padEnQuery, body, contentType, ifMatch, aanmelding, Gen.Frequency((4, Gen.Const(true)), (1, Gen.Const(false))),
            (url, b, ct, im, a, o) => new Geval(operatie, url, b, b is null ? null : ct, im, a, o));
    }

    static Gen<T[]> Alle<T>(Gen<T>[] gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<T>()), (acc, g) => Gen.Select(acc, g, (a, x) => a.Append(x).ToArray()));

    async Task<HttpResponseMessage> StuurAsync(Geval geval, Staat staat)
    {
        var vraag = new HttpRequestMessage(new HttpMethod(geval.Operatie.Methode), geval.Url);
        if (geval.Body is not null)
        {
            vraag.Content = new ByteArrayContent(geval.Body);
            // As a client sending a large body should: a refusal then arrives before the upload, not as a closed connection.
            vraag.Headers.ExpectContinue = geval.Body.Length > 64 * 1024;
            if (geval.ContentType is not null)
            {
                vraag.Content.Headers.TryAddWithoutValidation("Content-Type", geval.ContentType);
            }

            if (geval.Ondertekend && geval.Operatie.Pad.EndsWith("/callbacks", StringComparison.Ordinal))
            {
                vraag.Headers.TryAddWithoutValidation(Handtekening.Header,
                    Handtekening.Maak(InstantieOpties.OntwikkelGeheim(Ovo), DateTimeOffset.UtcNow.ToUnixTimeSeconds(), geval.Body));
            }
        }

        if (geval.IfMatch is not null)
        {
            vraag.Headers.TryAddWithoutValidation("If-Match", geval.IfMatch == "huidig" ? staat.ETag : geval.IfMatch);
        }

        foreach (var header in geval.Operatie.Parameters.Where(p => p.Plaats == "header" && p.Naam != "If-Match"))
        {
            vraag.Headers.TryAddWithoutValidation(header.Naam, "' OR 1=1 <script>" + new string('x', 200));
        }

        vraag.Headers.Authorization = geval.Aanmelding switch
        {
            0 when geval.Operatie.Pad.StartsWith("/api/beheer", StringComparison.Ordinal) => new AuthenticationHeaderValue("Bearer", staat.BeheerderToken),
            0 => new AuthenticationHeaderValue("Bearer", staat.Token),
            1 => new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."),
            _ => null,
        };
        return await staat.Http.SendAsync(vraag);
    }
}
