using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain;

/// <summary>The signed-in person on whose behalf the domain acts.</summary>
public sealed record Gebruiker(Insz Insz, string Voornaam, string Achternaam)
{
    public string VolledigeNaam => $"{Voornaam} {Achternaam}".Trim();
}
