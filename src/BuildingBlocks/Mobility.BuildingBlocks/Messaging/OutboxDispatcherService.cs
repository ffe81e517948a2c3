using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mobility.BuildingBlocks.Messaging;

/// <summary>Runs the dispatcher when a save signals new outbox rows, and on a poll to pick up anything left over.</summary>
internal sealed class OutboxDispatcherService(
    OutboxDispatcher dispatcher, OutboxSignal signal, IConfiguration configuration, ILogger<OutboxDispatcherService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = configuration.GetValue("Outbox:PollInterval", TimeSpan.FromSeconds(5));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchPendingAsync(stoppingToken);
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Outbox dispatch failed; retrying after {Poll}", poll);
                await Task.Delay(poll, stoppingToken);
            }
        }
    }
}
