using System.Net.Http.Headers;
using System.Text.Json;

namespace VLoket.Agencies.Simulator.Instanties;

/// <summary>
/// Delivers callbacks to the loket: signed, in order per case, retried a few times with a short backoff when the loket
/// answers non-2xx or cannot be reached, then given up (the loket also reads the status, so a lost event is not fatal).
/// </summary>
public sealed class CallbackVerzender(SimulatorOpties opties, TimeProvider tijd, ILogger<CallbackVerzender> log) : IDisposable
{
    /// <summary>Attempts per delivery: the first plus three retries.</summary>
    public const int Pogingen = 4;

    static readonly TimeSpan EersteWachttijd = TimeSpan.FromMilliseconds(200);

    // One client for all deliveries; a short timeout so a hanging loket cannot stall a case's queue for long.
    readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(5) };

    /// <summary>Records a new event for the case's current state and queues its delivery. The caller holds the case's lock.</summary>
    public Task<bool> Meld(ZaakToestand zaak, CancellationToken stoppen)
    {
        var wijziging = zaak.Wijziging(Guid.NewGuid().ToString());
        var gebeurtenis = new VerzondenGebeurtenis(wijziging, JsonSerializer.SerializeToUtf8Bytes(wijziging, ContractJson.Opties));
        zaak.Gebeurtenissen.Add(gebeurtenis);
        return InWachtrij(zaak, gebeurtenis, stoppen);
    }

    /// <summary>
    /// Queues (re-)delivery of an event behind the case's earlier deliveries; the task says whether it arrived.
    /// The caller holds the case's lock, so the queue order is the order of the changes.
    /// </summary>
    public Task<bool> InWachtrij(ZaakToestand zaak, VerzondenGebeurtenis gebeurtenis, CancellationToken stoppen)
    {
        var vorige = zaak.Verzending;
        // Task.Run: never start sending inside the caller's lock.
        var levering = Task.Run(() => NaAsync(vorige, zaak, gebeurtenis, stoppen), CancellationToken.None);
        zaak.Verzending = levering;
        return levering;
    }

    /// <summary>Delivers one event that belongs to no case (a lending service's decision on a reservation); true when it arrived.</summary>
    public Task<bool> MeldAsync(string ovoCode, Uri callbackUrl, StatusWijziging wijziging, CancellationToken stoppen) =>
        VeiligAsync(ovoCode, callbackUrl, new VerzondenGebeurtenis(wijziging, JsonSerializer.SerializeToUtf8Bytes(wijziging, ContractJson.Opties)), stoppen);

    async Task<bool> NaAsync(Task vorige, ZaakToestand zaak, VerzondenGebeurtenis gebeurtenis, CancellationToken stoppen)
    {
        // The previous delivery's outcome does not matter, only that it is over.
        await vorige.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return await VeiligAsync(zaak.Instantie.OvoCode, zaak.CallbackUrl!, gebeurtenis, stoppen);
    }

    async Task<bool> VeiligAsync(string ovoCode, Uri callbackUrl, VerzondenGebeurtenis gebeurtenis, CancellationToken stoppen)
    {
        try
        {
            return await LeverAsync(ovoCode, callbackUrl, gebeurtenis, stoppen);
        }
        catch (OperationCanceledException) when (stoppen.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e)
        {
            // A delivery never takes the simulator down; the loket can still read the status.
            log.LogError(e, "Callback {EventId} van zaak {ZaakId} mislukt", gebeurtenis.Wijziging.EventId, gebeurtenis.Wijziging.ZaakId);
            return false;
        }
    }

    async Task<bool> LeverAsync(string ovoCode, Uri callbackUrl, VerzondenGebeurtenis gebeurtenis, CancellationToken stoppen)
    {
        string geheim = opties.Geheimen[ovoCode];
        var wachttijd = EersteWachttijd;
        for (int poging = 1; ; poging++)
        {
            string fout;
            try
            {
                using var verzoek = new HttpRequestMessage(HttpMethod.Post, callbackUrl);
                verzoek.Content = new ByteArrayContent(gebeurtenis.Body);
                verzoek.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                // Signed at each attempt: the body stays identical, the timestamp is the moment of sending.
                verzoek.Headers.TryAddWithoutValidation(
                    CallbackHandtekening.Header, CallbackHandtekening.Maak(geheim, tijd.GetUtcNow(), gebeurtenis.Body));
                using var antwoord = await http.SendAsync(verzoek, stoppen);
                if (antwoord.IsSuccessStatusCode)
                {
                    return true;
                }

                fout = $"HTTP {(int)antwoord.StatusCode}";
            }
            catch (Exception e) when ((e is HttpRequestException or TaskCanceledException) && !stoppen.IsCancellationRequested)
            {
                fout = e.GetType().Name;
            }

            if (poging == Pogingen)
            {
                log.LogWarning("Callback {EventId} van zaak {ZaakId} niet afgeleverd na {Pogingen} pogingen ({Fout}); opgegeven",
                    gebeurtenis.Wijziging.EventId, gebeurtenis.Wijziging.ZaakId, Pogingen, fout);
                return false;
            }

            await Task.Delay(wachttijd, tijd, stoppen);
            wachttijd *= 2;
        }
    }

    public void Dispose() => http.Dispose();
}
