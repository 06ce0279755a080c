using Microsoft.AspNetCore.Http;
using VLoket.Domain;
using VLoket.Domain.Verenigingen;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Functions.Http;

namespace VLoket.Functions.Verenigingen;

/// <summary>The answers the association routes share: the association with its ETag and Location.</summary>
public static class VerenigingAntwoorden
{
    public static string Locatie(string vCode) => $"/api/verenigingen/{vCode}";

    public static JsonAntwoord Vereniging(Opgeslagen<Vereniging> v, Gebruiker lezer, int status = StatusCodes.Status200OK) =>
        new JsonAntwoord(status, VerenigingAntwoord.Van(v.Waarde, lezer)).MetHeader("ETag", v.ETag);

    public static JsonAntwoord Na(Wijzigingsresultaat r, Gebruiker lezer) => Vereniging(r.Vereniging, lezer);
}
