using System.Security.Cryptography;
using MediatR;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Commands;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Access.Commands;

/// <summary>
/// <c>user create --email E --role R [--role R] [--coordinates CONSORTIUM] [--works-at ORGANISATION] [--funds CONSORTIUM]
/// [--learner LEARNER] [--staff-member STAFF] [--password P]</c>; without --password a random one is printed once.
/// </summary>
internal sealed class CreateUserCommand(IMediator mediator) : AccessCommand
{
    public override string Name => "user create";

    public override string Usage =>
        "--email E --role ROLE [--role ROLE] [--coordinates CONSORTIUM_ID] [--works-at ORGANISATION_ID] [--funds CONSORTIUM_ID] " +
        "[--learner LEARNER_ID] [--staff-member STAFF_ID] [--password P]  creates a user (roles: " +
        string.Join(", ", Enum.GetNames<PlatformRole>()) + "); without --password prints a generated one";

    protected override string[] Options => ["email", "role", "coordinates", "works-at", "funds", "learner", "staff-member", "password"];

    protected override async Task ExecuteAsync(CommandOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var email = options.Required("email");
        var roles = options.All("role").Select(ParseRole).ToList();
        if (roles.Count == 0)
        {
            throw new CommandLineException("Option '--role' is required (" + string.Join(", ", Enum.GetNames<PlatformRole>()) + ").");
        }

        var password = options.Value("password");
        var generated = password is null;
        password ??= GeneratePassword();
        var id = await mediator.Send(new CreateUser(
            email, roles, password, options.Ids("coordinates"), options.Ids("works-at"), options.Ids("funds"),
            options.Id("learner"), options.Id("staff-member")), cancellationToken);
        await output.WriteLineAsync($"User {email.Trim().ToLowerInvariant()} ({id}) created with roles {string.Join(", ", roles)}.");
        if (generated)
        {
            await output.WriteLineAsync("Password (shown only this once):");
            await output.WriteLineAsync(password);
        }
    }

    private static PlatformRole ParseRole(string text)
    {
        var bare = text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        return Enum.TryParse<PlatformRole>(bare, ignoreCase: true, out var role) && Enum.IsDefined(role)
            ? role
            : throw new CommandLineException($"'{text}' is not a role; roles are {string.Join(", ", Enum.GetNames<PlatformRole>())}.");
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y') + "-Aa1";
}
