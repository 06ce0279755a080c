using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using VLoket.Functions.Aanmelden;

namespace VLoket.Functions.Http;

/// <summary>
/// The Functions app's request pipeline for HTTP functions: sign-in from the bearer token, route ids of the declared shape
/// (<see cref="RouteParameters"/>), and domain errors turned into problem answers. The local host runs the same steps.
/// </summary>
public sealed class VLoketWorkerMiddleware(BearerAanmelding aanmelding, ILogger<VLoketWorkerMiddleware> log) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var http = context.GetHttpContext();
        if (http is null)
        {
            await next(context);
            return;
        }

        http.Items[Limieten.FunctieSleutel] = context.FunctionDefinition.Name;
        await aanmelding.AanmeldenAsync(http);
        try
        {
            // An id of the wrong shape gets its 404 before the function runs (RouteParameters).
            var ontbrekend = RouteParameters.Controleer(context.FunctionDefinition.Name, RouteParameters.UitBindingData(context.BindingContext.BindingData));
            if (ontbrekend.Count > 0 && GemeldeOntbrekende.TryAdd(context.FunctionDefinition.Name, true))
            {
                // Once per function: if the runtime stops giving route values as binding data, the guard does nothing there.
                log.LogWarning("No binding data for route parameter(s) {Namen} of {Function}: their shape is not checked", string.Join(", ", ontbrekend),
                    context.FunctionDefinition.Name);
            }

            await next(context);
        }
        catch (Exception fout)
        {
            var oorzaak = Oorzaak(fout);
            var antwoord = FoutVertaling.Vertaal(oorzaak);
            if (antwoord is null)
            {
                log.LogError(oorzaak, "Unhandled error in {Function}", context.FunctionDefinition.Name);
                antwoord = Probleem.InterneFout();
            }

            context.GetInvocationResult().Value = antwoord;
        }
    }

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> GemeldeOntbrekende = new(StringComparer.Ordinal);

    /// <summary>The domain error behind the wrappers the worker may add.</summary>
    public static Exception Oorzaak(Exception fout) => fout switch
    {
        AggregateException { InnerExceptions.Count: 1 } a => Oorzaak(a.InnerException!),
        TargetInvocationException { InnerException: { } binnen } => Oorzaak(binnen),
        { InnerException: { } binnen } when FoutVertaling.Vertaal(binnen) is not null => binnen,
        _ => fout,
    };
}
