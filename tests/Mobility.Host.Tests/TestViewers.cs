using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Host.Tests;

/// <summary>
/// Who a test request acts as, carried in a header that only the test host reads (the platform itself knows the
/// user from its sign-in). "system" is the platform, used to arrange and to count what each role should see.
/// </summary>
internal sealed class TestHeaderViewerSource(IHttpContextAccessor http) : IViewerSource
{
    public const string Header = "X-Test-Viewer";

    public Viewer Current => http.HttpContext is not { } context
        ? Viewer.System
        : context.Request.Headers.TryGetValue(Header, out var value) ? TestViewers.Parse(value.ToString()) : Viewer.From(context.User);
}

internal static class TestViewers
{
    public const string System = "system";

    public static string Describe(Viewer viewer) => viewer.IsSystem
        ? System
        : JsonSerializer.Serialize(new ViewerText(
            viewer.UserId!.Value, viewer.Email!, [.. viewer.Roles], [.. viewer.ConsortiumIds], [.. viewer.OrganisationIds], viewer.LearnerId,
            viewer.StaffMemberId));

    public static Viewer Parse(string text)
    {
        if (text == System)
        {
            return Viewer.System;
        }

        var v = JsonSerializer.Deserialize<ViewerText>(text)!;
        return Viewer.User(v.UserId, v.Email, v.Roles, v.Consortia, v.Organisations, v.Learner, v.StaffMember);
    }

    public static Viewer Coordinator(Guid consortium, IEnumerable<Guid> members) =>
        Viewer.User(Guid.NewGuid(), "coordinator@consortium.example", [PlatformRole.ConsortiumCoordinator], [consortium], members);

    public static Viewer SchoolStaff(Guid school, Guid? staffMember = null) =>
        Viewer.User(Guid.NewGuid(), "staff@school.example", [PlatformRole.SchoolStaff], organisationIds: [school], staffMemberId: staffMember);

    public static Viewer HostTutor(string email) => Viewer.User(Guid.NewGuid(), email, [PlatformRole.HostTutor]);

    public static Viewer Funder() => Viewer.User(Guid.NewGuid(), "funder@agency.example", [PlatformRole.Funder]);

    public static Viewer Learner(Guid learner) => Viewer.User(Guid.NewGuid(), "learner@school.example", [PlatformRole.Learner], learnerId: learner);

    private sealed record ViewerText(
        Guid UserId, string Email, PlatformRole[] Roles, Guid[] Consortia, Guid[] Organisations, Guid? Learner, Guid? StaffMember);
}
