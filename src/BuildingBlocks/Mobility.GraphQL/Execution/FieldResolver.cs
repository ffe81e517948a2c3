namespace Mobility.GraphQL.Execution;

/// <summary>
/// Resolves one field. May return the value itself, or a <see cref="Task{TResult}"/> / <see cref="ValueTask{TResult}"/>
/// of it; the executor awaits those concurrently with sibling fields (serially for mutation root fields).
/// </summary>
/// <param name="context">The parent value, arguments, services and cancellation of this field.</param>
/// <returns>The field's value, or a task producing it.</returns>
public delegate object? FieldResolver(ResolverContext context);
