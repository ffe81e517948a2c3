using Mobility.Host;
using Mobility.Host.Commands;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var app = MobilityApp.Build(args);
await MobilityApp.InitialiseAsync(app, CancellationToken.None);
await app.RunAsync();
return 0;
