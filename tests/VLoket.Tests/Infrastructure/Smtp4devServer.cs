using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VLoket.Host;
using VLoket.Host.Meldingen;
using VLoket.Host.Storage;

namespace VLoket.Tests.Infrastructure;

/// <summary>A mail as smtp4dev's API shows it, with the plain text and the headers that tests check.</summary>
public sealed record OntvangenMail(string Id, IReadOnlyList<string> Aan, string Onderwerp, string Tekst, string Html, IReadOnlyDictionary<string, string> Koppen);

/// <summary>
/// One smtp4dev for the whole test run (from the local tool manifest, on free ports, in memory), stopped when the test
/// process exits; tests read what it received through its API. Each test mails its own addresses, so tests never count
/// each other's mails.
/// </summary>
public static class Smtp4devServer
{
    static readonly Lazy<Task<Smtp4devProcess>> Instance = new(StartAsync);
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static async Task<int> SmtpPoortAsync() => (await Instance.Value).SmtpPort;

    public static async Task<Uri> WebAdresAsync() => (await Instance.Value).WebAddress;

    /// <summary>The mails delivered to <paramref name="adres"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<OntvangenMail>> MailsAanAsync(string adres)
    {
        var web = await WebAdresAsync();
        var lijst = (await Http.GetFromJsonAsync<JsonObject>(new Uri(web, "api/messages?pageSize=500")))!["results"]!.AsArray();
        var mails = new List<OntvangenMail>();
        foreach (var m in lijst.Where(m => m!["to"]!.AsArray().Any(a => string.Equals(a!.GetValue<string>(), adres, StringComparison.OrdinalIgnoreCase)))
                     .OrderBy(m => m!["receivedDate"]!.GetValue<DateTime>()))
        {
            string id = m!["id"]!.GetValue<string>();
            var detail = (await Http.GetFromJsonAsync<JsonObject>(new Uri(web, $"api/messages/{id}")))!;
            var koppen = detail["headers"]!.AsArray().GroupBy(h => h!["name"]!.GetValue<string>(), StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First()!["value"]!.GetValue<string>(), StringComparer.OrdinalIgnoreCase);
            mails.Add(new OntvangenMail(id, m["to"]!.AsArray().Select(a => a!.GetValue<string>()).ToList(), m["subject"]!.GetValue<string>(),
                await Http.GetStringAsync(new Uri(web, $"api/messages/{id}/plaintext")),
                await Http.GetStringAsync(new Uri(web, $"api/messages/{id}/html")), koppen));
        }

        return mails;
    }

    /// <summary>
    /// Waits until <paramref name="adres"/> has at least <paramref name="aantal"/> mails that <paramref name="welke"/> picks
    /// (all when null), then a little longer to catch extra ones.
    /// </summary>
    public static async Task<IReadOnlyList<OntvangenMail>> WachtOpAsync(string adres, Func<OntvangenMail, bool>? welke = null, int aantal = 1,
        int seconden = 45, bool naWachten = true)
    {
        welke ??= _ => true;
        var einde = DateTime.UtcNow.AddSeconds(seconden);
        while (DateTime.UtcNow < einde)
        {
            var mails = (await MailsAanAsync(adres)).Where(welke).ToList();
            if (mails.Count >= aantal)
            {
                if (naWachten)
                {
                    // A second sweep that wrongly sent again would show up within a few rounds.
                    await Task.Delay(3000);
                    return (await MailsAanAsync(adres)).Where(welke).ToList();
                }

                return mails;
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"{adres} did not get {aantal} mail(s) in {seconden} s; it has {(await MailsAanAsync(adres)).Where(welke).Count()} of them.");
    }

    /// <summary>Settings that point a test host at this smtp4dev, sweeping every second and retrying after a second.</summary>
    public static async Task<Dictionary<string, string?>> InstellingenAsync() => new()
    {
        [VLoket.Functions.Meldingen.MeldingOpties.SmtpHostSetting] = "127.0.0.1",
        [VLoket.Functions.Meldingen.MeldingOpties.SmtpPoortSetting] = (await SmtpPoortAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        [VLoket.Functions.Meldingen.MeldingOpties.SmtpTlsSetting] = "None",
        [VLoket.Functions.Meldingen.MeldingOpties.VeegIntervalSetting] = "00:00:01",
        [VLoket.Functions.Meldingen.MeldingOpties.WachtSetting] = "00:00:01",
    };

    static async Task<Smtp4devProcess> StartAsync()
    {
        var smtp4dev = await Smtp4devProcess.StartAsync(ProjectRoot.Find(), AzuriteProcess.FreePort(), AzuriteProcess.FreePort());
        ProcesOpruiming.Registreer(smtp4dev);
        return smtp4dev;
    }
}
