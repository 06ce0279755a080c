using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using VLoket.Tests.Bijlagen;
using VLoket.Tests.Reservaties;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Privacy;

/// <summary>
/// Workflow histories hold references, not personal data: every workflow runs through its real path (application with a
/// callback and a decision document, a question answered with a document, a cancellation, a reservation, a data refresh,
/// the delivery of a change, typed answers with a file the agency fetches, a draft holding a file), then every row of the task hub's tables, every queue message and every large-message blob
/// is scanned for each personal value the test used.
/// </summary>
public sealed class WerkgeschiedenisTests(ReservatieFixture fixture) : IClassFixture<ReservatieFixture>
{
    [Fact]
    public async Task Geen_persoonsgegeven_in_de_tabellen_of_wachtrijen_van_de_taakhub()
    {
        string merk = Guid.NewGuid().ToString("N")[..10];
        string omschrijving = $"Kamp met {merk}-deelnemers";
        string antwoordTekst = $"Ons budget is {merk}-euro, vraag Jan Janssens";
        string documentTekst = $"Deelnemerslijst {merk}: Piet Pieters";
        string reden = $"Annulering {merk}: Marie Maes is ziek";
        string email = $"bestuur.{merk}@voorbeeld.be";
        var v = fixture.Vertegenwoordiger;
        string vCode = fixture.VCode;

        // An application with a callback, decided with a document; its form pre-fills the IBAN and the name.
        var goed = await fixture.VraagAanAsync(Callback, "goedkeuren", new() { ["omschrijving"] = omschrijving });
        Assert.Equal(HttpStatusCode.Accepted, goed.Status);
        var besloten = await fixture.WachtOpDossierAsync(goed.Location!, d => Fase(d) == "Goedgekeurd");
        Assert.NotEmpty(besloten["documenten"]!.AsArray());

        // An application with typed answers and a file sent with it (fetched by the agency), and a draft holding another file.
        using (var beheerder = await fixture.AlsAsync(Voorbeelden.InszOlaf, "Olaf", "Verbeke", "beheerder"))
        {
            Assert.Equal(HttpStatusCode.OK, (await beheerder.PostAsync("api/beheer/diensten/import", new JsonArray(BijlagenFixture.KampDienst()))).Status);
        }

        string bijlageTekst = $"Deelnemerslijst {merk}: Lies Lambrechts";
        string bijlageNaam = $"deelnemers-{merk}.txt";
        var bestand = await v.PostAsync($"api/verenigingen/{vCode}/bijlagen",
            new { naam = bijlageNaam, contentType = "text/plain", inhoudBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(bijlageTekst)) });
        Assert.Equal(HttpStatusCode.Created, bestand.Status);
        var metBestand = await v.PostAsync($"api/verenigingen/{vCode}/aanvragen", new
        {
            productnummer = BijlagenFixture.Kamp,
            antwoorden = new Dictionary<string, object>
            {
                ["deelnemers"] = 42, ["begindatum"] = "2026-07-15", ["verzekerd"] = true, ["kampplaats"] = $"Kamp {merk}",
                ["deelnemerslijst"] = bestand.Json["bijlageId"]!.GetValue<string>(),
            },
        });
        Assert.True(metBestand.Status == HttpStatusCode.Accepted, metBestand.ToString());
        var verstuurd = await fixture.WachtOpDossierAsync(metBestand.Location!, d => Fase(d) == "Goedgekeurd");
        Assert.Contains(verstuurd["documenten"]!.AsArray(), d => d!["metAanvraag"]!.GetValue<bool>());
        var conceptBestand = await v.PostAsync($"api/verenigingen/{vCode}/bijlagen",
            new { naam = bijlageNaam, contentType = "text/plain", inhoudBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(bijlageTekst)) });
        var concept = await v.PostAsync($"api/verenigingen/{vCode}/concepten", new
        {
            productnummer = BijlagenFixture.Kamp,
            antwoorden = new { kampplaats = $"Kamp {merk}", deelnemerslijst = conceptBestand.Json["bijlageId"]!.GetValue<string>() },
        });
        Assert.Equal(HttpStatusCode.Created, concept.Status);

        // A question answered with a document.
        var vraag = await fixture.VraagAanAsync(Callback, "aanvullen", new() { ["omschrijving"] = omschrijving });
        var gevraagd = await fixture.WachtOpDossierAsync(vraag.Location!, d => d["actieNodig"]!.GetValue<bool>());
        var antwoord = await v.PostAsync($"{vraag.Location}/antwoord", new
        {
            antwoord = antwoordTekst,
            vraagnummer = gevraagd["vraagnummer"]!.GetValue<int>(),
            document = new { naam = "deelnemers.txt", contentType = "text/plain", inhoudBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(documentTekst)) },
        });
        Assert.Equal(HttpStatusCode.Accepted, antwoord.Status);
        var beantwoord = await fixture.WachtOpDossierAsync(vraag.Location!, d => Fase(d) == "Goedgekeurd");
        Assert.Contains(beantwoord["statusgeschiedenis"]!.AsArray(), s => s!["toelichting"]?.GetValue<string>() == $"Jullie antwoord: {antwoordTekst}");

        // A cancellation with a reason, of an application the agency is still handling (polled).
        var lopend = await fixture.VraagAanAsync(Polling, "traag", new() { ["omschrijving"] = omschrijving });
        await fixture.WachtOpDossierAsync(lopend.Location!, d => d["dossierNummer"] is not null);
        Assert.Equal(HttpStatusCode.Accepted, (await v.PostAsync($"{lopend.Location}/annuleer", new { reden })).Status);
        var geannuleerd = await fixture.WachtOpDossierAsync(lopend.Location!, d => Fase(d) == "Geannuleerd");
        Assert.Equal(reden, geannuleerd["statusgeschiedenis"]!.AsArray().Last()!["toelichting"]!.GetValue<string>());

        // A reservation, held and confirmed; and one cancelled with a reason.
        var reservatie = await fixture.ReserveerAsync("tent", 1, 30);
        await fixture.WachtOpDossierAsync(reservatie.Location!, d => d["actieNodig"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Accepted, (await v.PostAsync($"{reservatie.Location}/bevestig", null)).Status);
        await fixture.WachtOpDossierAsync(reservatie.Location!, d => Fase(d) == "Goedgekeurd");
        var teAnnuleren = await fixture.ReserveerAsync("tent", 1, 40);
        await fixture.WachtOpDossierAsync(teAnnuleren.Location!, d => d["actieNodig"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Accepted, (await v.PostAsync($"{teAnnuleren.Location}/annuleer", new { reden })).Status);
        var reservatieGeannuleerd = await fixture.WachtOpDossierAsync(teAnnuleren.Location!, d => Fase(d) == "Geannuleerd");
        Assert.Equal(reden, reservatieGeannuleerd["statusgeschiedenis"]!.AsArray().Last()!["toelichting"]!.GetValue<string>());

        // A data refresh, and the delivery of a change (an open dossier at the agency keeps a relation for it).
        var open = await fixture.VraagAanAsync(Callback, "traag");
        await fixture.WachtOpDossierAsync(open.Location!, d => d["dossierNummer"] is not null);
        var verversen = await v.PostAsync($"api/verenigingen/{vCode}/gegevens/verversen", null);
        Assert.Equal(HttpStatusCode.Accepted, verversen.Status);
        var huidig = await v.GetAsync($"api/verenigingen/{vCode}");
        var contact = await v.PostAsync($"api/verenigingen/{vCode}/contactgegevens", new { type = "E-mail", waarde = email, isPrimair = false }, huidig.ETag);
        Assert.Equal(HttpStatusCode.Created, contact.Status);
        await WachtAsync(async () => (await v.GetAsync($"api/verenigingen/{vCode}/gegevensdelingen")).Tekst.Contains("Bezorgd", StringComparison.Ordinal));

        // An application the agency refuses (4xx) with a body that echoes the answer, as agencies do: the refusal reaches the
        // dossier, the body does not reach the history (before, it was the failed step's message, and the dossier's close).
        using (var beheerder = await fixture.AlsAsync(Voorbeelden.InszOlaf, "Olaf", "Verbeke", "beheerder"))
        {
            var vrij = Dienst("9198", "OVO002949", "Subsidie met vrij scenario");
            vrij["formulier"]!.AsArray().Single(v => v!["sleutel"]!.GetValue<string>() == "scenario")!.AsObject().Remove("keuzes");
            vrij["formulier"]!.AsArray().Single(v => v!["sleutel"]!.GetValue<string>() == "scenario")!["type"] = "tekst";
            Assert.Equal(HttpStatusCode.OK, (await beheerder.PostAsync("api/beheer/diensten/import", new JsonArray(vrij))).Status);
        }

        var geweigerd = await fixture.VraagAanAsync("9198", $"weiger {merk}, vraag Jan Janssens");
        Assert.True(geweigerd.Status == HttpStatusCode.Accepted, geweigerd.ToString());
        var nietBezorgd = await fixture.WachtOpDossierAsync(geweigerd.Location!, d => Fase(d) == "Afgekeurd");
        Assert.Contains("aanvaardde de aanvraag niet", nietBezorgd["statusgeschiedenis"]!.AsArray().Last()!["toelichting"]!.GetValue<string>());

        string[] persoonlijk =
        [
            fixture.VertegenwoordigerInsz, "Vera", "Voorzitter", "BE68539007547034", "BE68 5390 0754 7034", "info@voorbeeld.be", "0412345678", email,
            omschrijving, antwoordTekst, documentTekst, Convert.ToBase64String(Encoding.UTF8.GetBytes(documentTekst)), reden, merk,
            bijlageTekst, Convert.ToBase64String(Encoding.UTF8.GetBytes(bijlageTekst)), bijlageNaam, "Lies Lambrechts",
        ];
        var gevonden = new List<string>();
        foreach (var (waar, tekst) in await TaakhubInhoudAsync())
        {
            gevonden.AddRange(persoonlijk.Where(p => tekst.Contains(p, StringComparison.Ordinal)).Select(p => $"'{p}' in {waar}"));
        }

        Assert.True(gevonden.Count == 0, "Persoonsgegevens in de taakhub:\n" + string.Join("\n", gevonden.Distinct().Take(30)));
    }

    /// <summary>Every string in the task hub: table properties, queue messages, and large-message blobs (gzip or plain).</summary>
    async Task<List<(string Waar, string Tekst)>> TaakhubInhoudAsync()
    {
        var inhoud = new List<(string, string)>();
        string hub = fixture.TaskHub;
        var tabellen = new TableServiceClient(fixture.ConnectionString);
        int rijen = 0;
        foreach (string tabel in new[] { hub + "Instances", hub + "History" })
        {
            await foreach (var e in tabellen.GetTableClient(tabel).QueryAsync<TableEntity>())
            {
                rijen++;
                foreach (var (k, waarde) in e)
                {
                    inhoud.Add(($"{tabel}/{e.PartitionKey}/{e.RowKey}/{k}", waarde switch
                    {
                        string s => s,
                        byte[] b => Lees(b),
                        _ => waarde?.ToString() ?? string.Empty,
                    }));
                }
            }
        }

        Assert.True(rijen > 50, $"The task hub {hub} holds only {rijen} rows: the workflows did not run here.");
        var wachtrijen = new QueueServiceClient(fixture.ConnectionString);
        await foreach (var q in wachtrijen.GetQueuesAsync(prefix: hub.ToLowerInvariant() + "-"))
        {
            foreach (var bericht in (await wachtrijen.GetQueueClient(q.Name).PeekMessagesAsync(32)).Value)
            {
                inhoud.Add(($"wachtrij {q.Name}", bericht.Body.ToString()));
            }
        }

        var blobs = new BlobServiceClient(fixture.ConnectionString, new BlobClientOptions(BlobClientOptions.ServiceVersion.V2026_06_06));
        await foreach (var c in blobs.GetBlobContainersAsync(prefix: hub.ToLowerInvariant() + "-"))
        {
            var container = blobs.GetBlobContainerClient(c.Name);
            await foreach (var b in container.GetBlobsAsync())
            {
                inhoud.Add(($"blob {c.Name}/{b.Name}", Lees((await container.GetBlobClient(b.Name).DownloadContentAsync()).Value.Content.ToArray())));
            }
        }

        return inhoud;
    }

    static string Lees(byte[] bytes)
    {
        if (bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var uit = new MemoryStream();
            gzip.CopyTo(uit);
            bytes = uit.ToArray();
        }

        return Encoding.UTF8.GetString(bytes);
    }

    static async Task WachtAsync(Func<Task<bool>> klaar, int seconden = 60)
    {
        var einde = DateTime.UtcNow.AddSeconds(seconden);
        while (!await klaar())
        {
            Assert.True(DateTime.UtcNow < einde, "Timed out.");
            await Task.Delay(250);
        }
    }
}
