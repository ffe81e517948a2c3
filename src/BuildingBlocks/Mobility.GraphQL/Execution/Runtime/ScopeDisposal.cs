using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Mobility.GraphQL.Execution.Runtime;

/// <summary>Disposes a resolver's service scope when its result is complete: after the task, or at once for a plain value.</summary>
internal static class ScopeDisposal
{
    public static Func<object?, AsyncServiceScope, object?> For(Type returnType)
    {
        if (returnType.IsGenericType)
        {
            var definition = returnType.GetGenericTypeDefinition();
            var name = definition == typeof(Task<>) ? nameof(AfterTask) : definition == typeof(ValueTask<>) ? nameof(AfterValueTask) : null;
            if (name is not null)
            {
                return typeof(ScopeDisposal).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(returnType.GetGenericArguments()[0])
                    .CreateDelegate<Func<object?, AsyncServiceScope, object?>>();
            }
        }

        if (returnType == typeof(Task))
        {
            return (result, scope) => AfterPlainTask((Task)result!, scope);
        }

        return (result, scope) =>
        {
            scope.Dispose();
            return result;
        };
    }

    private static object? AfterTask<T>(object? result, AsyncServiceScope scope) => Await((Task<T>)result!, scope);

    private static object? AfterValueTask<T>(object? result, AsyncServiceScope scope) => Await(((ValueTask<T>)result!).AsTask(), scope);

    private static async Task<T> Await<T>(Task<T> task, AsyncServiceScope scope)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        finally
        {
            await scope.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task AfterPlainTask(Task task, AsyncServiceScope scope)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        finally
        {
            await scope.DisposeAsync().ConfigureAwait(false);
        }
    }
}
