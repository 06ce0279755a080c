using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace VLoket.Functions.Durable;

/// <summary>
/// Runs an engine-agnostic <see cref="TaskActivity{TInput,TOutput}"/> from a Functions <c>[ActivityTrigger]</c>,
/// with the activity's dependencies taken from the app's services, as the local host's worker does.
/// </summary>
public static class ActivityShim
{
    public static Task<TOut> RunAsync<TActivity, TIn, TOut>(FunctionContext functionContext, TIn input)
        where TActivity : TaskActivity<TIn, TOut>
    {
        var activity = ActivatorUtilities.CreateInstance<TActivity>(functionContext.InstanceServices);
        string instanceId = functionContext.BindingContext.BindingData.TryGetValue("instanceId", out var id)
            ? id?.ToString() ?? string.Empty
            : string.Empty;
        return activity.RunAsync(new ShimActivityContext(functionContext.FunctionDefinition.Name, instanceId), input);
    }

    sealed class ShimActivityContext(string name, string instanceId) : TaskActivityContext
    {
        public override TaskName Name { get; } = new(name);

        public override string InstanceId { get; } = instanceId;
    }
}
