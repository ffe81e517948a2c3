using Mobility.GraphQL;
using Mobility.Host;
using Mobility.Host.Commands;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

WebApplication app;
try
{
    app = MobilityApp.Build(args);
}
catch (GraphQLSchemaException e)
{
    await Console.Error.WriteLineAsync("The modules' GraphQL types do not make a valid schema:\n\n" + e.Message);
    return 1;
}

await MobilityApp.InitialiseAsync(app, CancellationToken.None);
await app.RunAsync();
return 0;
