using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;

namespace VLoket.Functions.Sleutels;

/// <summary>
/// Puts a fresh <see cref="LoketBewijs"/> on every request of an HttpClient that calls agencies or data sources, so no
/// call site can forget it. Inside the resilience handler, so each retry carries a new <c>jti</c>. The receiver is the
/// client's fixed base URL (data sources, KBO) or, for the agency clients that serve every agency, the
/// <see cref="Ontvanger"/> option the request carries. It refuses to send a credential to an address outside its
/// receiver's base URL: the one who got it could replay it at the receiver.
/// </summary>
public sealed class LoketBewijsHandler(LoketBewijs bewijs, Uri? vasteOntvanger) : DelegatingHandler
{
    /// <summary>The connector base URL a request is for, when the client serves more than one receiver.</summary>
    public static readonly HttpRequestOptionsKey<Uri> Ontvanger = new("VLoket.Ontvanger");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Uri ontvanger = request.Options.TryGetValue(Ontvanger, out var gekozen) ? gekozen
            : vasteOntvanger ?? throw new InvalidOperationException("A call to an agency or a data source names no receiver for the loket's credential.");
        if (request.RequestUri is not { IsAbsoluteUri: true } adres || !ontvanger.IsBaseOf(adres))
        {
            throw new InvalidOperationException($"The loket's credential for {ontvanger} may not go to {request.RequestUri}.");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bewijs.Maak(ontvanger));
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>Registration of <see cref="LoketBewijsHandler"/> on the HttpClients that call agencies and data sources.</summary>
public static class LoketBewijsRegistratie
{
    /// <summary>Every request of this client carries the loket's credential for <paramref name="ontvanger"/> (or the request's <see cref="LoketBewijsHandler.Ontvanger"/>).</summary>
    public static IHttpClientBuilder MetLoketBewijs(this IHttpClientBuilder builder, Uri? ontvanger = null) =>
        builder.AddHttpMessageHandler(sp => new LoketBewijsHandler(sp.GetRequiredService<LoketBewijs>(), ontvanger));
}
