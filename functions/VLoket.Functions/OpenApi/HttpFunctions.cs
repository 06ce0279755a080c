using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace VLoket.Functions.OpenApi;

/// <summary>One HTTP function of the Functions app, as its attributes declare it.</summary>
public sealed record HttpFunction(string Name, string Route, IReadOnlyList<string> Methods, MethodInfo Method);

/// <summary>
/// Finds the Functions app's HTTP functions from their <see cref="FunctionAttribute"/> and <see cref="HttpTriggerAttribute"/>.
/// It lives here, not in the local host, so that the OpenAPI document and the host's route table read one and the same list.
/// </summary>
public static class HttpFunctions
{
    /// <summary>The methods an <see cref="HttpTriggerAttribute"/> without methods accepts.</summary>
    public static readonly IReadOnlyList<string> AllMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    /// <summary>Finds every method with <see cref="FunctionAttribute"/> that takes an <see cref="HttpTriggerAttribute"/> parameter.</summary>
    public static IReadOnlyList<HttpFunction> Discover(Assembly functionsAssembly) => Discover(functionsAssembly.GetTypes());

    /// <summary>As <see cref="Discover(Assembly)"/>, over the given types only (tests pass fake function classes).</summary>
    public static IReadOnlyList<HttpFunction> Discover(IEnumerable<Type> types) =>
        types
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
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
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
}
