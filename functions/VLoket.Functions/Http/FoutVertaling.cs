using Microsoft.AspNetCore.Mvc;
using VLoket.Domain;
using VLoket.Domain.Bronnen.Kbo;
using VLoket.Domain.Instanties;
using VLoket.Domain.Verenigingen.Registratie;

namespace VLoket.Functions.Http;

/// <summary>
/// Turns domain errors into problem answers. Both runtimes call this from their error handling
/// (a worker middleware in the Functions app, an ASP.NET Core middleware in the local host).
/// </summary>
public static class FoutVertaling
{
    /// <summary>The problem answer for a known domain error, or null for anything else (a 500 without details).</summary>
    public static IActionResult? Vertaal(Exception fout) => fout switch
    {
        DomeinFout d => Probleem.Validatie(d.Fouten),
        RegelFout r => Probleem.Regel(r.Message, r.Veld),
        NietGevondenFout n => Probleem.NietGevonden(n.Message),
        VersieConflictFout v => Probleem.VersieConflict(v.Message),
        VersieVereistFout v => Probleem.VersieVereist(v.Message),
        NietAangemeldFout => Probleem.NietAangemeld(),
        GeenToegangFout g => Probleem.GeenToegang(g.Message),
        ConflictFout c => Probleem.Conflict(c.Message),
        MogelijkeDuplicatenFout m => Probleem.MogelijkeDuplicaten(m),
        VerzoekTeGrootFout t => Probleem.TeGroot(t.MaxBytes),
        BronNietBeschikbaarFout b => Probleem.BronNietBeschikbaar(b.Message),
        InstantieTijdelijkOnbereikbaarFout => Probleem.TijdelijkNietBeschikbaar(
            "De instantie is op dit moment niet bereikbaar. Er is niets gewijzigd; probeer het over enkele minuten opnieuw."),
        _ when IsOpslagOnbereikbaar(fout) => Probleem.TijdelijkNietBeschikbaar(
            "De opslag van het loket is tijdelijk niet bereikbaar. Er is niets gewijzigd; probeer het over enkele minuten opnieuw."),
        _ => null,
    };

    /// <summary>Storage that does not answer, or answers 5xx, after the SDK's own retries: nothing the client did wrong.</summary>
    static bool IsOpslagOnbereikbaar(Exception fout) => fout switch
    {
        Azure.RequestFailedException r => r.Status is 0 or 408 or 429 or >= 500,
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(IsOpslagOnbereikbaar),
        _ => false,
    };
}
