using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Host.Functions;

/// <summary>
/// Serves the Functions app's HTTP functions at the routes their <see cref="HttpTriggerAttribute"/> declares.
/// The attributes are the only route table: nothing here lists a route by hand.
/// </summary>
public static class HttpFunctionEndpoints
{
    /// <summary>The Functions app's HTTP functions; the discovery lives in the Functions app so the OpenAPI document shares it.</summary>
    public static IReadOnlyList<HttpFunction> Discover(Assembly functionsAssembly) => HttpFunctions.Discover(functionsAssembly);

    /// <summary>Maps each discovered function under <paramref name="routePrefix"/>.</summary>
    public static IReadOnlyList<HttpFunction> MapHttpFunctions(
        this IEndpointRouteBuilder endpoints, Assembly functionsAssembly, string routePrefix)
    {
        var functions = Discover(functionsAssembly);
        foreach (var function in functions)
        {
            var binders = function.Method.GetParameters().Select(CreateBinder).ToArray();
            var aanroep = new Aanroep(function, binders);
            string pattern = string.IsNullOrEmpty(routePrefix) ? "/" + function.Route : $"/{routePrefix}/{function.Route}";
            endpoints.MapMethods(pattern, function.Methods, aanroep.InvokeAsync)
                .WithName(function.Name)
                .WithDisplayName(function.Name);
        }

        return functions;
    }

    /// <summary>
    /// One function's call, with what reflection finds about it worked out once at start-up rather than per request:
    /// how to make its class (from the request's services, as the Functions host does) and how to read its task's result.
    /// </summary>
    sealed class Aanroep(HttpFunction function, Func<HttpContext, object?>[] binders)
    {
        readonly ObjectFactory? maak = function.Method.IsStatic ? null : ActivatorUtilities.CreateFactory(function.Method.DeclaringType!, []);
        readonly PropertyInfo? resultaat = function.Method.ReturnType.IsGenericType && typeof(Task).IsAssignableFrom(function.Method.ReturnType)
            ? function.Method.ReturnType.GetProperty(nameof(Task<object>.Result))
            : null;

        public async Task InvokeAsync(HttpContext context)
        {
            // As the Functions app's worker middleware: an id of the wrong shape gets its 404 before the function runs.
            RouteParameters.Controleer(function.Name, naam => context.Request.RouteValues.TryGetValue(naam, out var v) ? v?.ToString() : null);
            object? target = maak?.Invoke(context.RequestServices, null);
            object?[] args = new object?[binders.Length];
            for (int i = 0; i < binders.Length; i++)
            {
                args[i] = binders[i](context);
            }

            object? returned = function.Method.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, args, culture: null);
            if (returned is Task task)
            {
                await task;
                returned = resultaat?.GetValue(task);
            }

            IActionResult result = returned switch
            {
                IActionResult r => r,
                null => new NoContentResult(),
                _ => new OkObjectResult(returned),
            };
            await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        }
    }

    // Binds what the Functions host would bind for this parameter; an unknown binding fails at start-up, not per request.
    static Func<HttpContext, object?> CreateBinder(ParameterInfo parameter)
    {
        if (parameter.ParameterType == typeof(HttpRequest))
        {
            return c => c.Request;
        }

        if (parameter.ParameterType == typeof(DurableTaskClient))
        {
            return c => c.RequestServices.GetRequiredService<DurableTaskClient>();
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return c => c.RequestAborted;
        }

        if (parameter.ParameterType == typeof(string))
        {
            string name = parameter.Name!;
            return c => c.Request.RouteValues.TryGetValue(name, out var v) ? v?.ToString() : null;
        }

        throw new NotSupportedException(
            $"{parameter.Member.DeclaringType?.Name}.{parameter.Member.Name}: parameter '{parameter.Name}' of type " +
            $"{parameter.ParameterType.Name} cannot be bound by the local host.");
    }
}
