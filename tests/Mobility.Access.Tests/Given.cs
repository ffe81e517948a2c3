using Mobility.Access.Users;
using Mobility.BuildingBlocks.Security;
using Mobility.TestKit;

namespace Mobility.Access.Tests;

internal static class Given
{
    public const string Password = "Correct-horse-42";

    public static Task<Guid> HostTutorAsync(this ModuleTestHost host, string email = "jana.becker@host.example")
        => host.SendAsync(new CreateUser(email, [PlatformRole.HostTutor], Password));

    public static Viewer As(Guid userId, string email) => Viewer.User(userId, email, []);
}
