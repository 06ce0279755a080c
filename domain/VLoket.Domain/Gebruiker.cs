using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain;

/// <summary>
/// The signed-in person on whose behalf the domain acts; <see cref="EMail"/> is the verified e-mail address of the sign-in,
/// if the identity provider gives one (it matches invitations by e-mail).
/// </summary>
public sealed record Gebruiker(Insz Insz, string Voornaam, string Achternaam, string? EMail = null)
{
    public string VolledigeNaam => $"{Voornaam} {Achternaam}".Trim();
}
