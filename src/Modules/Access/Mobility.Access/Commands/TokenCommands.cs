using System.Globalization;
using MediatR;
using Mobility.Access.Tokens;
using Mobility.BuildingBlocks.Commands;

namespace Mobility.Access.Commands;

/// <summary><c>token create --email E [--days N] [--name NAME]</c>: prints the new token's secret as the last line, once.</summary>
internal sealed class CreateTokenCommand(IMediator mediator) : AccessCommand
{
    public override string Name => "token create";

    public override string Usage => $"--email E [--days N] [--name NAME]  creates a personal API token (default {ApiToken.DefaultDays} days) and prints it once";

    protected override string[] Options => ["email", "days", "name"];

    protected override async Task ExecuteAsync(CommandOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(
            new CreateApiToken(options.Required("email"), options.Value("name"), options.Number("days")), cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"API token '{created.Name}' ({created.Id}) for {options.Required("email").Trim().ToLowerInvariant()}, valid until {created.ExpiresAt:yyyy-MM-dd HH:mm} UTC. Shown only this once:"));
        await output.WriteLineAsync(created.Secret);
    }
}

/// <summary><c>token revoke --email E</c> (every token of the user) or <c>token revoke --id ID</c>.</summary>
internal sealed class RevokeTokenCommand(IMediator mediator) : AccessCommand
{
    public override string Name => "token revoke";

    public override string Usage => "--email E | --id ID  revokes every API token of a user, or one token";

    protected override string[] Options => ["email", "id"];

    protected override async Task ExecuteAsync(CommandOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var email = options.Value("email");
        var ids = options.Ids("id");
        if ((email is null) == (ids.Count == 0) || ids.Count > 1)
        {
            throw new CommandLineException("Give either --email E (all of a user's tokens) or one --id ID.");
        }

        if (email is not null)
        {
            var count = await mediator.Send(new RevokeAllApiTokens(email), cancellationToken);
            await output.WriteLineAsync($"Revoked {count} API token{(count == 1 ? "" : "s")} of {email.Trim().ToLowerInvariant()}.");
        }
        else
        {
            var token = await mediator.Send(new RevokeApiToken(ids[0]), cancellationToken);
            await output.WriteLineAsync($"Revoked API token '{token.Name}' ({token.Id}).");
        }
    }
}

/// <summary><c>token list --email E</c>: a user's tokens, without secrets (which are not kept).</summary>
internal sealed class ListTokensCommand(IMediator mediator, TimeProvider clock) : AccessCommand
{
    public override string Name => "token list";

    public override string Usage => "--email E  lists a user's API tokens (id, name, created, expires, last used, state)";

    protected override string[] Options => ["email"];

    protected override async Task ExecuteAsync(CommandOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var tokens = await mediator.Send(new ListApiTokens(options.Required("email")), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var t in tokens)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{t.Id}  {t.Name}  created {t.CreatedAt:yyyy-MM-dd}  expires {t.ExpiresAt:yyyy-MM-dd}  last used {(t.LastUsedAt is { } u ? u.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "never")}  {t.StateAt(now).ToString().ToLowerInvariant()}"));
        }

        await output.WriteLineAsync($"{tokens.Count} API token{(tokens.Count == 1 ? "" : "s")}.");
    }
}
