using System.Net;
using VLoket.Domain.Instanties;
using VLoket.Functions.Sleutels;

namespace VLoket.Functions.Instanties;

/// <summary>
/// One request to an agency, as every connector sends it. No answer, a timeout, 5xx, 408, 429 and 401 become
/// <see cref="InstantieTijdelijkOnbereikbaarFout"/>, so the workflow's retry policy (the only one: the connectors never
/// retry themselves) decides what happens next.
/// </summary>
internal static class InstantieVerkeer
{
    /// <summary>The agency's answer when it is not a transient failure; the caller disposes it and judges its status.</summary>
    public static async Task<HttpResponseMessage> StuurAsync(HttpClient http, Instantie instantie, HttpRequestMessage vraag, CancellationToken ct)
    {
        // The client's LoketBewijsHandler signs the loket's credential for this agency (aud = its connector base URL).
        vraag.Options.Set(LoketBewijsHandler.Ontvanger, instantie.BasisUrl);
        HttpResponseMessage antwoord;
        try
        {
            antwoord = await http.SendAsync(vraag, ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new InstantieTijdelijkOnbereikbaarFout(instantie.OvoCode, e.GetType().Name, e);
        }

        int status = (int)antwoord.StatusCode;
        // 401: the agency does not (yet) accept the loket's credential, e.g. it has not fetched a rotated key. That is the
        // loket's and the agency's problem to solve, not a refusal of the association's request: retry, then an operator.
        if (status >= 500 || antwoord.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.Unauthorized)
        {
            antwoord.Dispose();
            throw new InstantieTijdelijkOnbereikbaarFout(instantie.OvoCode, $"HTTP {status}");
        }

        return antwoord;
    }
}
