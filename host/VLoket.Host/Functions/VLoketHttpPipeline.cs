using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;

namespace VLoket.Host.Functions;

/// <summary>
/// The local host's counterpart of the Functions app's <see cref="VLoketWorkerMiddleware"/>: the same sign-in and
/// the same translation of domain errors, so a function behaves the same under both runtimes.
/// </summary>
public static class VLoketHttpPipeline
{
    public static IApplicationBuilder UseVLoketPipeline(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await context.RequestServices.GetRequiredService<BearerAanmelding>().AanmeldenAsync(context);
        try
        {
            await next(context);
        }
        catch (Exception fout) when (!context.Response.HasStarted)
        {
            var oorzaak = VLoketWorkerMiddleware.Oorzaak(fout);
            var antwoord = FoutVertaling.Vertaal(oorzaak);
            if (antwoord is null)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("VLoket.Host")
                    .LogError(oorzaak, "Unhandled error in {Path}", context.Request.Path);
                antwoord = Probleem.InterneFout();
            }

            context.Response.Clear();
            await antwoord.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        }
    });
}
