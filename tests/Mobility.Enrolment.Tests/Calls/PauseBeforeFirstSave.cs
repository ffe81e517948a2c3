using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mobility.Enrolment.Tests.Calls;

/// <summary>
/// Holds a use case between its reads and its save: the first save waits for <see cref="Release"/>, so a test can
/// let another request save in between, as a second coordinator deciding at the same moment would.
/// </summary>
internal sealed class PauseBeforeFirstSave : SaveChangesInterceptor
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _saves;

    public Task Reached => _reached.Task;

    public void Release() => _released.TrySetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _saves) == 1)
        {
            _reached.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
