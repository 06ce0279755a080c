using Microsoft.Extensions.Configuration;

namespace VLoket.Functions.Configuratie;

/// <summary>Reading settings the way every part of the app does.</summary>
public static class Instellingen
{
    /// <summary>The setting's value, or null when it is missing or empty: an empty value (as in local.settings.sample.json) counts as not set.</summary>
    public static string? Waarde(this IConfiguration configuratie, string sleutel) =>
        configuratie[sleutel] is { Length: > 0 } waarde ? waarde : null;
}
