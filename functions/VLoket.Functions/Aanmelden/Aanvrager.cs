using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using VLoket.Domain;

namespace VLoket.Functions.Aanmelden;

/// <summary>The signed-in person making a request.</summary>
/// <param name="Insz">INSZ as the token carries it (11 digits). Personal data: never log it.</param>
public sealed record Aanvrager(string Insz, string Voornaam, string Achternaam, IReadOnlyList<string> Rollen, string? EMail = null)
{
    public const string BeheerderRol = "beheerder";

    public bool IsBeheerder => Rollen.Contains(BeheerderRol, StringComparer.OrdinalIgnoreCase);

    // Claim types of the principal the loket builds after validating a token (independent of the issuer's names).
    internal const string InszType = "vloket:insz";
    internal const string VoornaamType = "vloket:voornaam";
    internal const string AchternaamType = "vloket:achternaam";
    internal const string RolType = "vloket:rol";
    internal const string EMailType = "vloket:e-mail";

    internal static Aanvrager? Uit(ClaimsPrincipal gebruiker)
    {
        string? insz = gebruiker.FindFirst(InszType)?.Value;
        if (string.IsNullOrEmpty(insz))
        {
            return null;
        }

        return new Aanvrager(
            insz,
            gebruiker.FindFirst(VoornaamType)?.Value ?? string.Empty,
            gebruiker.FindFirst(AchternaamType)?.Value ?? string.Empty,
            gebruiker.FindAll(RolType).Select(c => c.Value).ToList(),
            gebruiker.FindFirst(EMailType)?.Value);
    }
}

public static class AanvragerHttpExtensions
{
    /// <summary>The signed-in person, or null for an anonymous request.</summary>
    public static Aanvrager? Aanvrager(this HttpRequest request) => Aanmelden.Aanvrager.Uit(request.HttpContext.User);

    /// <summary>The signed-in person; an anonymous request ends in a 401 problem.</summary>
    public static Aanvrager VereisAanvrager(this HttpRequest request) => request.Aanvrager() ?? throw new NietAangemeldFout();
}

public static class GebruikerHttpExtensions
{
    /// <summary>The signed-in person as the domain knows them; a token without a valid INSZ counts as not signed in.</summary>
    public static VLoket.Domain.Gebruiker VereisGebruiker(this HttpRequest request)
    {
        var aanvrager = request.VereisAanvrager();
        try
        {
            return new VLoket.Domain.Gebruiker(
                VLoket.Domain.Verenigingen.Waarden.Insz.Create(aanvrager.Insz, "insz"), aanvrager.Voornaam, aanvrager.Achternaam, aanvrager.EMail);
        }
        catch (DomeinFout)
        {
            throw new NietAangemeldFout();
        }
    }
}
