using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Mobility.Access.Data;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts;
using Mobility.Placements.Contracts.Directory;

namespace Mobility.Access.Demo;

/// <summary>
/// One demo user per role, linked to CAPMOB 2.0's demo data (named by Enrolment's documented demo keys, read through
/// the Enrolment and Placements directories): its coordinator, the European referent of its first school, the host
/// tutor of that school's first completed learner placement, a funder, and that placement's learner. Users already
/// there are left alone, so a second run changes nothing. All share the demo password (<c>Demo:Password</c>).
/// </summary>
internal sealed class AccessDemoSeeder(
    AccessDbContext db, IMediator mediator, IEnrolmentDirectory enrolment, IPlacementsDirectory placements, IConfiguration configuration)
    : IDemoDataSeeder
{
    public const string DefaultPassword = "Mobility-demo-2026";

    public int Order => 900;

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) => !await db.Users.AnyAsync(cancellationToken);

    public async Task<string> SeedAsync(CancellationToken cancellationToken)
    {
        var configured = configuration["Demo:Password"];
        var password = string.IsNullOrEmpty(configured) ? DefaultPassword : configured;
        var users = await DemoUsersAsync(cancellationToken);
        if (users.Count == 0)
        {
            return "Access: no demo users (the CAPMOB 2.0 demo consortium is not loaded).";
        }

        foreach (var user in users)
        {
            if (!await db.Users.AnyAsync(u => u.Id == user.Id, cancellationToken))
            {
                await mediator.Send(user with { Password = password }, cancellationToken);
            }
        }

        var shown = string.IsNullOrEmpty(configured) ? $"password '{DefaultPassword}'" : "password as configured in Demo:Password";
        return $"Access: {users.Count} demo users ({shown}): " + string.Join(", ", users.Select(u => $"{u.Email.ToLowerInvariant()} ({u.Roles[0]})")) + ".";
    }

    private async Task<List<CreateUser>> DemoUsersAsync(CancellationToken cancellationToken)
    {
        var consortium = (await enrolment.GetConsortiaAsync([Enrolment("consortium", "capmob")], cancellationToken)).SingleOrDefault();
        var referent = (await enrolment.GetStaffMembersAsync([Enrolment("staff", "capmob-school-01-01")], cancellationToken)).SingleOrDefault();
        if (consortium is null || referent is null)
        {
            return [];
        }

        var users = new List<CreateUser>
        {
            new("coordinator@capmob.example", [PlatformRole.ConsortiumCoordinator], "", Coordinates: [consortium.Id], Id: Id("coordinator")),
            new("school.staff@capmob.example", [PlatformRole.SchoolStaff], "", WorksAt: [referent.OrganisationId], StaffMemberId: referent.Id, Id: Id("school-staff")),
            new("funder@capmob.example", [PlatformRole.Funder], "", Funds: [consortium.Id], Id: Id("funder")),
        };

        var placement = (await placements.GetPlacementsSentByAsync([referent.OrganisationId], cancellationToken))
            .FirstOrDefault(p => p.LearnerId is not null && p.Status == PlacementStatus.Completed);
        if (placement is not null)
        {
            if ((await placements.GetHostTutorsAsync([placement.Id], cancellationToken)).SingleOrDefault() is { } tutor)
            {
                users.Add(new(tutor.Email, [PlatformRole.HostTutor], "", Id: Id("host-tutor")));
            }

            users.Add(new("learner@capmob.example", [PlatformRole.Learner], "", LearnerId: placement.LearnerId, Id: Id("learner")));
        }

        return users;
    }

    private static Guid Id(string key) => DeterministicGuid.Create($"access/user/{key}");

    private static Guid Enrolment(string kind, string key) => DeterministicGuid.Create($"enrolment/{kind}/{key}");
}
