using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using VLoket.Domain.Instanties;

namespace VLoket.Functions.Configuratie;

/// <summary>
/// Builds the agency registry from <c>VLoket:Instanties:{ovoCode}:{Naam|Url|Modus|Geheim|Behandeling}</c> (the legal basis,
/// <c>…:Rechtsgrond</c> and <c>…:Velden</c>, is read by <see cref="DelenOpties"/>). In Development the demo
/// agencies of the simulator are known without configuration, with public development secrets; outside Development
/// every agency needs a URL and a secret of its own, or the app does not start. <c>Behandeling = loket</c> puts an agency
/// in the behandelloket instead: it needs neither URL nor secret, and reports its decisions by event (callback mode).
/// </summary>
public static class InstantieOpties
{
    public const string Sectie = "VLoket:Instanties";

    /// <summary>Base URL of the agency simulator; agencies without a URL of their own are reached at <c>{url}instanties/{ovoCode}/</c>.</summary>
    public const string SimulatorUrlSetting = "VLoket:Simulator:Url";

    /// <summary>The simulator's agencies (demo and tests): OVO code, name, how it reports decisions.</summary>
    public static readonly IReadOnlyList<(string OvoCode, string Naam, string Modus)> DemoInstanties =
    [
        ("OVO002949", "Departement Cultuur, Jeugd en Media", Modi.Callback),
        ("OVO004021", "Stad Gent — Uitleendienst", Modi.Polling),
        ("OVO003103", "Provincie Oost-Vlaanderen — Vrijwilligersverzekering", Modi.Onmiddellijk),
    ];

    /// <summary>
    /// The demo's agencies handled in the behandelloket (set by the demo host as <c>…:Behandeling = loket</c>): Stad Gent's
    /// camp subsidy and lending service, with the case worker persona <c>DemoPersonas.Behandelaar</c>. Tests keep the simulator.
    /// </summary>
    public static readonly IReadOnlyList<string> DemoBehandelloket = ["OVO004021"];

    /// <summary>
    /// Demo legal bases of the simulator's agencies (Development only; see <see cref="DelenOpties"/>): which changed fields
    /// each may receive. The insurer does not get e-mail, so the demo and the tests show an agency that receives nothing.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string Rechtsgrond, string[] Velden)> DemoRechtsgronden =
        new Dictionary<string, (string, string[])>
        {
            ["OVO002949"] = ("Decreet van 6 juli 2012 houdende ondersteuning en stimulering van het gemeentelijk, intergemeentelijk en provinciaal jeugd- en jeugdwerkbeleid, art. 12 (demo)",
                ["e-mail", "telefoon", "adres", "vertegenwoordigers", "bankrekeningnummers"]),
            ["OVO004021"] = ("Reglement van de stedelijke uitleendienst Gent, art. 4 (demo)", ["e-mail", "telefoon", "adres"]),
            ["OVO003103"] = ("Provinciaal reglement vrijwilligersverzekering Oost-Vlaanderen, art. 7 (demo)",
                ["adres", "vertegenwoordigers", "bankrekeningnummers"]),
        };

    /// <summary>DEVELOPMENT-ONLY callback secret of a simulated agency: public, refused outside Development.</summary>
    public static string OntwikkelGeheim(string ovoCode) => $"ONTWIKKELING-ALLEEN-instantie-geheim-{ovoCode}";

    public static InstantieRegister Bouw(IConfiguration configuration, IHostEnvironment omgeving)
    {
        bool ontwikkeling = omgeving.IsDevelopment();
        string? simulator = configuration.Waarde(SimulatorUrlSetting);
        var sectie = configuration.GetSection(Sectie);
        var codes = sectie.GetChildren().Select(c => c.Key).ToList();
        if (ontwikkeling)
        {
            codes.AddRange(DemoInstanties.Select(d => d.OvoCode).Where(c => !codes.Contains(c, StringComparer.OrdinalIgnoreCase)));
        }

        var instanties = new List<Instantie>();
        var fouten = new List<string>();
        foreach (string code in codes)
        {
            var demo = DemoInstanties.FirstOrDefault(d => d.OvoCode == code);
            var c = sectie.GetSection(code);
            string naam = c.Waarde("Naam") ?? demo.Naam ?? VLoket.Domain.Diensten.Model.Overheden.Naam(code);
            string behandeling = c.Waarde("Behandeling") ?? Behandelingen.Connector;
            if (behandeling == Behandelingen.Loket)
            {
                instanties.Add(InLoket(code, naam, c.Waarde("Url") ?? (simulator is null ? null : $"{simulator.TrimEnd('/')}/instanties/{code}/")));
                continue;
            }

            if (behandeling != Behandelingen.Connector)
            {
                fouten.Add($"{Sectie}:{code}:Behandeling must be '{Behandelingen.Connector}' or '{Behandelingen.Loket}'.");
                continue;
            }

            string modus = c.Waarde("Modus") ?? demo.Modus ?? Modi.Polling;
            string? url = c.Waarde("Url") ?? (simulator is null ? null : $"{simulator.TrimEnd('/')}/instanties/{code}/");
            string? geheim = c.Waarde("Geheim") ?? (ontwikkeling ? OntwikkelGeheim(code) : null);
            if (url is null)
            {
                // Without a simulator in Development the demo agencies are simply not reachable; elsewhere it is an error.
                if (!ontwikkeling)
                {
                    fouten.Add($"{Sectie}:{code}:Url is missing.");
                }

                continue;
            }

            if (!VeiligAdres.IsToegestaan(url, ontwikkeling))
            {
                fouten.Add($"{Sectie}:{code}:Url must be https (http only to 127.0.0.1 in Development): the loket sends personal data there.");
                continue;
            }

            if (string.IsNullOrEmpty(geheim) || (!ontwikkeling && geheim == OntwikkelGeheim(code)))
            {
                fouten.Add($"{Sectie}:{code}:Geheim is missing or is the public development secret outside Development.");
                continue;
            }

            if (Instellingen.IsOnopgelosteSleutelkluisVerwijzing(geheim))
            {
                fouten.Add($"{Sectie}:{code}:Geheim is an unresolved Key Vault reference: the secret is missing or the app's identity may not read it.");
                continue;
            }

            instanties.Add(new Instantie(code, naam, new Uri(url.EndsWith('/') ? url : url + "/"), modus, geheim));
        }

        if (fouten.Count > 0)
        {
            throw new InvalidOperationException("Agency configuration is invalid: " + string.Join(" ", fouten));
        }

        return new InstantieRegister(instanties);
    }

    /// <summary>
    /// An agency handled in the behandelloket: its reports reach the workflow as events, not as signed callbacks, so its
    /// secret is random and known to nobody (a callback in its name never verifies). Its URL is used only by the reservation part
    /// of the contract while its stock is not in the loket yet; without one, a placeholder that nothing resolves.
    /// </summary>
    static Instantie InLoket(string code, string naam, string? url) =>
        new(code, naam, new Uri(url is null ? $"https://behandelloket.invalid/instanties/{code}/" : url.EndsWith('/') ? url : url + "/"),
            Modi.Callback, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), Behandelingen.Loket);
}
