using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using VLoket.Domain.Delen;

namespace VLoket.Functions.Configuratie;

/// <summary>
/// Settings for passing changes on: each agency's legal basis (<c>VLoket:Instanties:{ovoCode}:Rechtsgrond</c>, the legal
/// text, and <c>…:Velden</c>, the fields it may receive, comma-separated or as a list) and the retries
/// (<c>VLoket:Delen:Pogingen|EersteWachttijd|Factor|OpnieuwNa</c>). The simulator's agencies get demo legal bases in
/// Development only; elsewhere an agency without a configured basis receives nothing.
/// </summary>
public static class DelenOpties
{
    public const string Sectie = "VLoket:Delen";

    /// <summary>How often the local host's sweeper looks for outbox rows a crash left behind (default one minute).</summary>
    public const string VeegIntervalSetting = Sectie + ":VeegInterval";

    /// <summary>How old an outbox row must be before the sweeper schedules it (the writer normally does within a second).</summary>
    public static readonly TimeSpan VeegLeeftijd = TimeSpan.FromMinutes(1);

    public static Rechtsgronden Rechtsgronden(IConfiguration configuration, IHostEnvironment omgeving)
    {
        var sectie = configuration.GetSection(InstantieOpties.Sectie);
        var lijst = new List<Rechtsgrond>();
        var fouten = new List<string>();
        var codes = sectie.GetChildren().Select(c => c.Key).ToList();
        if (omgeving.IsDevelopment())
        {
            codes.AddRange(InstantieOpties.DemoRechtsgronden.Keys.Where(c => !codes.Contains(c, StringComparer.OrdinalIgnoreCase)));
        }

        foreach (string code in codes)
        {
            var c = sectie.GetSection(code);
            var demo = omgeving.IsDevelopment() && InstantieOpties.DemoRechtsgronden.TryGetValue(code, out var d) ? d : default;
            string? tekst = c["Rechtsgrond"] ?? demo.Rechtsgrond;
            var velden = Velden(c.GetSection("Velden")) ?? demo.Velden?.ToList();
            if (string.IsNullOrWhiteSpace(tekst) || velden is null)
            {
                continue; // no legal basis: this agency receives no changes
            }

            var onbekend = velden.Where(v => !GedeeldeVelden.Bestaat(v)).ToList();
            if (onbekend.Count > 0)
            {
                fouten.Add($"{InstantieOpties.Sectie}:{code}:Velden names unknown fields ({string.Join(", ", onbekend)}); known: {string.Join(", ", GedeeldeVelden.Alle)}.");
                continue;
            }

            lijst.Add(new Rechtsgrond(code, tekst, velden));
        }

        return fouten.Count == 0
            ? new Rechtsgronden(lijst)
            : throw new InvalidOperationException("Legal basis configuration is invalid: " + string.Join(" ", fouten));
    }

    public static DelenInstellingen Instellingen(IConfiguration configuration)
    {
        var s = DelenInstellingen.Standaard;
        var c = configuration.GetSection(Sectie);
        return new DelenInstellingen(
            c.GetValue<int?>("Pogingen") ?? s.Pogingen,
            c.GetValue<TimeSpan?>("EersteWachttijd") ?? s.EersteWachttijd,
            c.GetValue<double?>("Factor") ?? s.Factor,
            c.GetValue<TimeSpan?>("OpnieuwNa") ?? s.OpnieuwNa);
    }

    static List<string>? Velden(IConfigurationSection sectie)
    {
        if (sectie.Value is { } tekst)
        {
            return tekst.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }

        var lijst = sectie.GetChildren().Select(k => k.Value).OfType<string>().Select(v => v.Trim()).ToList();
        return lijst.Count > 0 ? lijst : null;
    }
}
