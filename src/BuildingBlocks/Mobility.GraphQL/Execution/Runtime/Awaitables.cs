using System.Collections.Concurrent;
using System.Reflection;

namespace Mobility.GraphQL.Execution.Runtime;

/// <summary>Turns Task, Task&lt;T&gt;, ValueTask and ValueTask&lt;T&gt; results into Task&lt;object?&gt; without knowing T.</summary>
internal static class Awaitables
{
    private static readonly ConcurrentDictionary<Type, Func<object, Task<object?>>?> Adapters = new();

    /// <summary>Null when the value is not awaitable.</summary>
    public static Task<object?>? AsTask(object? value)
    {
        if (value is null || value is string)
        {
            return null;
        }

        if (value is Task<object?> task)
        {
            return task;
        }

        var adapter = Adapters.GetOrAdd(value.GetType(), Create);
        return adapter?.Invoke(value);
    }

    private static Func<object, Task<object?>>? Create(Type type)
    {
        if (typeof(Task).IsAssignableFrom(type))
        {
            var result = ResultGetter(type);
            return value => Await((Task)value, result);
        }

        if (type == typeof(ValueTask))
        {
            return value => Await(((ValueTask)value).AsTask(), null);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var asTask = type.GetMethod(nameof(ValueTask<int>.AsTask))!;
            var result = ResultGetter(asTask.ReturnType);
            return value => Await((Task)asTask.Invoke(value, null)!, result);
        }

        return null;
    }

    private static PropertyInfo? ResultGetter(Type taskType)
    {
        for (var t = taskType; t is not null && t != typeof(Task); t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Task<>))
            {
                if (t.GetGenericArguments()[0].Name == "VoidTaskResult")
                {
                    return null; // the runtime type behind a plain async Task
                }

                return t.GetProperty(nameof(Task<int>.Result));
            }
        }

        return null;
    }

    private static async Task<object?> Await(Task task, PropertyInfo? result)
    {
        await task.ConfigureAwait(false);
        return result?.GetValue(task);
    }
}
