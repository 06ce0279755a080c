using Microsoft.Extensions.Configuration;

namespace VLoket.Functions.Configuratie;

/// <summary>Reading settings the way every part of the app does.</summary>
public static class Instellingen
{
    /// <summary>The setting's value, or null when it is missing or empty: an empty value (as in local.settings.sample.json) counts as not set.</summary>
    public static string? Waarde(this IConfiguration configuratie, string sleutel) =>
        configuratie[sleutel] is { Length: > 0 } waarde ? waarde : null;

    /// <summary>
    /// True for a Key Vault reference the platform could not resolve: App Service then hands the app the reference text
    /// itself (<c>@Microsoft.KeyVault(SecretUri=…)</c>), which is long enough to pass for a key. A secret must never be that.
    /// </summary>
    public static bool IsOnopgelosteSleutelkluisVerwijzing(string waarde) =>
        waarde.TrimStart().StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase);
}
