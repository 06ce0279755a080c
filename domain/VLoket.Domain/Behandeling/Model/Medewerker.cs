namespace VLoket.Domain.Behandeling.Model;

/// <summary>The back-office roles, given per agency by the role claim as <c>{rol}:{ovoCode}</c>.</summary>
public static class BehandelRollen
{
    public const string Behandelaar = "behandelaar";
    public const string Teamverantwoordelijke = "teamverantwoordelijke";
}

/// <summary>
/// A case worker of one or more agencies, as their sign-in says. <see cref="Id"/> is pseudonymous (an HMAC of the INSZ), so
/// assignments and logs never hold an INSZ. <see cref="Rechten"/>: OVO code → role.
/// </summary>
public sealed record Medewerker(string Id, string Naam, IReadOnlyDictionary<string, string> Rechten)
{
    /// <summary>Reads the rights from the role claim's values; values that are not a back-office role are ignored.</summary>
    public static IReadOnlyDictionary<string, string> RechtenUit(IEnumerable<string> rollen)
    {
        var rechten = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string rol in rollen)
        {
            int dubbelpunt = rol.IndexOf(':');
            if (dubbelpunt <= 0 || dubbelpunt == rol.Length - 1)
            {
                continue;
            }

            string naam = rol[..dubbelpunt].ToLowerInvariant();
            string ovo = rol[(dubbelpunt + 1)..].ToUpperInvariant();
            if (naam == BehandelRollen.Teamverantwoordelijke || (naam == BehandelRollen.Behandelaar && !rechten.ContainsKey(ovo)))
            {
                rechten[ovo] = naam;
            }
        }

        return rechten;
    }

    public bool IsBehandelaarVan(string ovoCode) => Rechten.ContainsKey(ovoCode);

    public bool IsTeamverantwoordelijkeVan(string ovoCode) =>
        Rechten.TryGetValue(ovoCode, out var rol) && rol == BehandelRollen.Teamverantwoordelijke;
}

/// <summary>A colleague of an agency the loket has seen sign in to its back office (for assigning).</summary>
public sealed record Collega(string Id, string Naam, string Rol, DateTimeOffset LaatstGezien);
