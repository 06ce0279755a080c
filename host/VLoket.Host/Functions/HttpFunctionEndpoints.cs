using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace VLoket.Host.Functions;

/// <summary>One HTTP function of the Functions app, as its attributes declare it.</summary>
public sealed record HttpFunction(string Name, string Route, IReadOnlyList<string> Methods, MethodInfo Method);

/// <summary>
/// Serves the Functions app's HTTP functions at the routes their <see cref="HttpTriggerAttribute"/> declares.
/// The attributes are the only route table: nothing here lists a route by hand.
/// </summary>
public static class HttpFunctionEndpoints
{
    static readonly string[] AllMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    /// <summary>Finds every method with <see cref="FunctionAttribute"/> that takes an <see cref="HttpTriggerAttribute"/> parameter.</summary>
    public static IReadOnlyList<HttpFunction> Discover(Assembly functionsAssembly) =>
        functionsAssembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Select(m => (Method: m, Function: m.GetCustomAttribute<FunctionAttribute>()))
            .Where(x => x.Function is not null)
            .Select(x => (x.Method, x.Function, Trigger: x.Method.GetParameters()
                .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)))
            .Where(x => x.Trigger is not null)
            .Select(x => new HttpFunction(
                x.Function!.Name,
                (x.Trigger!.Route ?? x.Function.Name).Trim('/'),
                x.Trigger.Methods is { Length: > 0 } m ? m.Select(v => v.ToUpperInvariant()).ToArray() : AllMethods,
                x.Method))
            .OrderBy(f => f.Route, StringComparer.Ordinal)
            .ToList();

    /// <summary>Maps each discovered function under <paramref name="routePrefix"/>.</summary>
    public static IReadOnlyList<HttpFunction> MapHttpFunctions(
        this IEndpointRouteBuilder endpoints, Assembly functionsAssembly, string routePrefix)
    {
        var functions = Discover(functionsAssembly);
        foreach (var function in functions)
        {
            var binders = function.Method.GetParameters().Select(CreateBinder).ToArray();
            string pattern = string.IsNullOrEmpty(routePrefix) ? "/" + function.Route : $"/{routePrefix}/{function.Route}";
            endpoints.MapMethods(pattern, function.Methods, context => InvokeAsync(context, function, binders))
                .WithName(function.Name)
                .WithDisplayName(function.Name);
        }

        return functions;
    }

    static async Task InvokeAsync(HttpContext context, HttpFunction function, Func<HttpContext, object?>[] binders)
    {
        object? target = function.Method.IsStatic
            ? null
            : ActivatorUtilities.CreateInstance(context.RequestServices, function.Method.DeclaringType!);
        object?[] args = binders.Select(b => b(context)).ToArray();
        object? returned = function.Method.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, args, culture: null);
        if (returned is Task task)
        {
            await task;
            returned = task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
        }

        IActionResult result = returned switch
        {
            IActionResult r => r,
            null => new NoContentResult(),
            _ => new OkObjectResult(returned),
        };
        await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
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
