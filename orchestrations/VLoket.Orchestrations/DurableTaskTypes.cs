using System.Reflection;
using Microsoft.DurableTask;

namespace VLoket.Orchestrations;

/// <summary>
/// The orchestrators and activities of this assembly. The local host's worker registers exactly these;
/// the Functions app declares a trigger shim for each, and a test checks the two agree.
/// </summary>
public static class DurableTaskTypes
{
    public static IReadOnlyList<Type> Orchestrators { get; } = Find(typeof(TaskOrchestrator<,>));

    public static IReadOnlyList<Type> Activities { get; } = Find(typeof(TaskActivity<,>));

    /// <summary>The name the engine knows a task by: the type name, as <c>nameof</c> gives it to the Functions shims.</summary>
    public static string NameOf(Type taskType) => taskType.Name;

    static IReadOnlyList<Type> Find(Type openBase) =>
        typeof(DurableTaskTypes).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && DerivesFrom(t, openBase))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

    static bool DerivesFrom(Type type, Type openBase)
    {
        for (Type? t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == openBase)
            {
                return true;
            }
        }

        return false;
    }
}
